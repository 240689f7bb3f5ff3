import type { Locale, SourceLocale } from '../i18n/locale';

// One model, several renderers (../shared/STYLE.md): a pure selector in src/app/ turns
// (dataset, URL state, locale) into this list; the screen deck, the presenter view, the printed
// deck and the PowerPoint writer each draw it and decide nothing of what a slide says.
// Every string here is already translated and formatted for the deck's language.

export type EvidenceLevelName = 'stated' | 'inferred' | 'unknown';

/** A key figure: a large number (or short value) with what it counts. */
export interface SlideFigure {
  value: string;
  label: string;
  /** For example "inferred: …" or the source it comes from; shown small under the label. */
  detail?: string;
}

export interface SlideTimelinePlan {
  id: string;
  number: number;
  /** "2011", "2013-2014", "Période non documentée"… */
  periodLabel: string;
  title: string;
  evidence: EvidenceLevelName;
  evidenceLabel: string;
  /** Years as the dataset documents them; null where no source does. */
  startYear: number | null;
  endYear: number | null;
  isFeatured: boolean;
  /**
   * Where to draw the plan on the year axis, as half-open years [from, to) (2018-2019 is
   * { from: 2018, to: 2020 }): its documented years; an unknown end stops where the next plan
   * starts (draw it open); an undocumented period fills the gap between its neighbours' years
   * (draw it as uncertain). Absent when nothing places the plan on the axis.
   */
  span?: { from: number; to: number };
}

/** A dated milestone on the timeline's axis, drawn as a small mark with its letter. */
export interface SlideTimelineMilestone {
  id: string;
  /** The mark's name on the axis and in the list: "A", "B"… */
  letter: string;
  /** Where the mark sits, in (fractional) years: the middle of what the date says (2010 → 2010.5). */
  year: number;
  /** "2010", "décembre 2011", "30 mars 2012"… */
  dateLabel: string;
  /** What happened, as the dataset words it. */
  label: string;
  evidence: EvidenceLevelName;
  evidenceLabel: string;
}

export interface SlideChartSeries {
  name: string;
  /** #rrggbb, the screen chart's colour for this series. */
  color: string;
  /** One value per category, in the order of `categories`. */
  values: number[];
}

export interface SlideAreaItem {
  text: string;
  isNew: boolean;
  evidence: EvidenceLevelName;
  /** Short tags already worded: "Nouveau en 2018-2019", "Déduit"… */
  tags: string[];
}

/** A theme's areas under its heading (or a part of them, under "… (continued)"). */
export interface SlideAreaSection {
  heading: string;
  items: SlideAreaItem[];
}

export interface SlideSourceItem {
  /** The number a note or a slide cites it by ([1], [2]…). */
  number: number;
  title: string;
  language: SourceLocale;
  publisher: string;
  date: string;
  url: string;
}

export type SlideBlock =
  | { kind: 'text'; text: string }
  /**
   * The meeting the deck is given at, on the title slide (running-order.ts): its name, then a
   * line for when and where, and one for who presents it. Either may be empty or absent.
   */
  | { kind: 'event'; name: string; lines: string[] }
  | { kind: 'figures'; figures: SlideFigure[] }
  | {
      kind: 'timeline';
      plans: SlideTimelinePlan[];
      /** The first and the last year on the axis (inclusive; spans end at maxYear + 1). */
      minYear: number;
      maxYear: number;
      /** What each way of drawing a plan means, for the kinds this timeline uses. */
      legend?: { kind: EvidenceLevelName | 'open-end' | 'milestone'; label: string }[];
      /** The dataset's dated milestones, in date order (their dated list is the next slide). */
      milestones?: SlideTimelineMilestone[];
    }
  | {
      kind: 'chart';
      /** A sentence saying what the chart shows (its title for screen readers and PowerPoint). */
      caption: string;
      /** Theme labels in the on-screen order. */
      categories: string[];
      series: SlideChartSeries[];
    }
  | {
      kind: 'columns';
      /** Each column's sections, top to bottom: a theme of its own, or short ones stacked. */
      columns: SlideAreaSection[][];
    }
  | {
      kind: 'bullets';
      items: string[];
      /**
       * A list alone on its slide is set larger (TYPE.bodyAlone) to fill it; a long one (the
       * milestones, split by their estimated height) stays at body size to fit.
       */
      size?: 'body';
    }
  | {
      kind: 'quotation';
      /** The quoted version's language, or the page's for the dashboard's translation of it. */
      language: Locale;
      /** A translation made for the dashboard (its label says so; the verbatim is in the notes). */
      isTranslation?: boolean;
      /** Each part verbatim, as its source prints it (a quotation may be in several parts). */
      parts: string[];
      /** The source's own words between two parts (length parts.length - 1), e.g. the attribution. */
      between: string[];
      person: string;
      role: string;
      /** What this version is: "Version française publiée par l'ONUDC, 31 janvier 2018". */
      versionLabel: string;
      /**
       * Its type size (deck-metrics.ts), one for all the deck's quotations: the largest that fits
       * the longest of them, so the series does not change size from one slide to the next.
       */
      size: 'quotation' | 'quotationLong';
    }
  | { kind: 'sources'; items: SlideSourceItem[] };

export interface Slide {
  id: string;
  title: string;
  blocks: SlideBlock[];
  /**
   * Speaker notes, one paragraph each, written from the evidence: what the slide shows, each
   * fact's evidence level and its source (title, publisher, date), what no source documents, and
   * for an inferred fact how it was inferred.
   */
  notes: string[];
  /** The presenter's own words for this slide (a running order's), one paragraph each. */
  talkingPoints?: string[];
  /** Left out of the screen and the printed slides; written to the PowerPoint as hidden. */
  isHidden?: boolean;
}

export interface SlideDeck {
  language: Locale;
  /** The deck's title (the dataset's title). */
  title: string;
  /** The current view in words (filters, plan), for the slide master and the file. */
  subtitle: string;
  /**
   * The bottom band's text on every slide (screen, print, PowerPoint): the deck's title, and a
   * filtered deck's filters, so that no slide of it passes for the whole.
   */
  footer: string;
  /** For file names: "unodc-osce-joint-action-plans-slides-2018-2019-fr". */
  fileStem: string;
  slides: Slide[];
  /** The notes' two parts' headings, where a running order gives slides talking points. */
  notesHeadings?: { talkingPoints: string; evidence: string };
}
