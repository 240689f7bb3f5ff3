import { describe, expect, it } from 'vitest';
import { buildDataset } from '../testing/dataset-builders';
import { loadCatalog } from '../i18n/use-i18n';
import { block, DATA_SLIDE_IDS, deckFor, slideById } from '../testing/slide-deck-testing';

describe('selectSlideDeck', () => {
  it('lays out the bundled dataset in French: title, timeline, chart, areas, new, facts, quotes, sources', () => {
    const deck = deckFor();
    expect(deck.language).toBe('fr');
    expect(deck.title).toBe('Plans d’action conjoints ONUDC–OSCE');
    expect(deck.subtitle).toBe('Plan 2018-2019 : tous les domaines thématiques');
    expect(deck.fileStem).toBe('unodc-osce-joint-action-plans-slides-2018-2019-fr');
    expect(deck.slides.map((slide) => slide.id)).toEqual(DATA_SLIDE_IDS);
    expect(new Set(deck.slides.map((slide) => slide.id)).size).toBe(deck.slides.length);
  });

  it('opens on the key figures and on where, when and by whom the plan was signed', () => {
    const title = slideById('', 'title');
    expect(block(title, 'figures').figures).toEqual([
      { value: '4', label: 'plans d’action conjoints depuis 2011' },
      { value: '12', label: 'domaines thématiques dans le plan 2018-2019' },
      { value: '4', label: 'nouveaux domaines en 2018-2019' },
    ]);
    expect(block(title, 'bullets').items).toEqual([
      'Lieu de signature : Secrétariat de l’OSCE, Vienne',
      'Signature annoncée le 31 janvier 2018',
      'Signataires : Yury Fedotov (Directeur exécutif de l’ONUDC) et Thomas Greminger (Secrétaire général de l’OSCE)',
    ]);
  });

  it('places the four plans on a year axis, the third between its neighbours and open-ended plans up to the next', () => {
    const timeline = block(slideById('', 'timeline'), 'timeline');
    expect(timeline.legend).toEqual([
      { kind: 'stated', label: 'Période indiquée par une source' },
      { kind: 'inferred', label: 'Période déduite' },
      { kind: 'unknown', label: 'Période non documentée, entre les plans voisins' },
      { kind: 'open-end', label: 'Fin non documentée' },
      { kind: 'milestone', label: 'Jalon daté par une source' },
    ]);
    // The page's scale: the 2010 milestone opens the axis.
    expect(timeline.minYear).toBe(2010);
    expect(timeline.maxYear).toBe(2019);
    expect(
      timeline.plans.map(({ id, evidence, startYear, endYear, span, isFeatured }) => ({
        id,
        evidence,
        startYear,
        endYear,
        span,
        isFeatured,
      })),
    ).toEqual([
      {
        id: 'plan-2011',
        evidence: 'stated',
        startYear: 2011,
        endYear: null,
        span: { from: 2011, to: 2013 },
        isFeatured: false,
      },
      {
        id: 'plan-2013-2014',
        evidence: 'inferred',
        startYear: 2013,
        endYear: 2014,
        span: { from: 2013, to: 2015 },
        isFeatured: false,
      },
      {
        id: 'plan-3',
        evidence: 'unknown',
        startYear: null,
        endYear: null,
        span: { from: 2014, to: 2019 },
        isFeatured: false,
      },
      {
        id: 'plan-2018-2019',
        evidence: 'stated',
        startYear: 2018,
        endYear: 2019,
        span: { from: 2018, to: 2020 },
        isFeatured: true,
      },
    ]);
    expect(timeline.plans.map((plan) => plan.periodLabel)).toEqual([
      '2011 (année de fin non documentée)',
      '2013-2014',
      'Période non documentée',
      '2018-2019',
    ]);
  });

  it('places the dataset’s milestones on the same axis, lettered in date order, and lists them dated on one slide', () => {
    const timeline = block(slideById('', 'timeline'), 'timeline');
    expect(
      timeline.milestones?.map(({ letter, dateLabel, evidence, evidenceLabel }) => ({
        letter,
        dateLabel,
        evidence,
        evidenceLabel,
      })),
    ).toEqual([
      {
        letter: 'A',
        dateLabel: '2010',
        evidence: 'stated',
        evidenceLabel: 'Indiqué par la source',
      },
      { letter: 'B', dateLabel: 'décembre 2011', evidence: 'inferred', evidenceLabel: 'Déduit' },
      {
        letter: 'C',
        dateLabel: '30 mars 2012',
        evidence: 'stated',
        evidenceLabel: 'Indiqué par la source',
      },
      {
        letter: 'D',
        dateLabel: '10 février 2014',
        evidence: 'stated',
        evidenceLabel: 'Indiqué par la source',
      },
      {
        letter: 'E',
        dateLabel: '31 janvier 2018',
        evidence: 'stated',
        evidenceLabel: 'Indiqué par la source',
      },
    ]);
    // In the middle of what each date says: a year mid-year, a month mid-month.
    expect(timeline.milestones?.[0]?.year).toBe(2010.5);
    expect(timeline.milestones?.[1]?.year).toBeCloseTo(2011 + 11.5 / 12);
    // All five fit one slide at body size (split by their estimated height), in both languages.
    const listed = block(slideById('', 'milestones'), 'bullets');
    expect(slideById('', 'milestones')?.title).toBe('Les jalons');
    expect(listed.size).toBe('body');
    expect(listed.items).toHaveLength(5);
    expect(listed.items[1]).toBe(
      'B · décembre 2011 · Déduit : Yury Fedotov et Lamberto Zannier se réunissent pour concevoir un plan d’action conjoint.',
    );
    const english = block(slideById('?lang=en', 'milestones'), 'bullets').items;
    expect(slideById('?lang=en', 'milestones')?.title).toBe('Milestones');
    expect(english).toHaveLength(5);
    expect(english.at(-1)).toBe(
      'E · 31 January 2018 · Stated by the source: The 2018-2019 plan is announced as signed at the OSCE Secretariat in Vienna.',
    );
  });

  it('gives the milestones’ evidence and sources in the timeline’s notes', () => {
    const notes = slideById('', 'timeline')!.notes;
    expect(notes).toHaveLength(4 + 5);
    expect(notes.find((note) => note.startsWith('Jalon B'))).toMatch(
      /^Jalon B, décembre 2011 : .* : déduit\. Comment : Date déduite, décembre 2011 au plus tôt.* Source : \[5\] «\u00a0UNODC and European OSCE´s joint action/,
    );
    expect(slideById('?lang=en', 'timeline')!.notes.at(-1)).toMatch(
      /^Milestone E, 31 January 2018: /,
    );
  });

  it('without milestones, draws the plans alone and has no milestone slide', () => {
    const dataset = buildDataset((d) => {
      delete d.milestones;
    });
    const deck = deckFor('', dataset);
    const timeline = block(deck.slides[1], 'timeline');
    expect(timeline.milestones).toBeUndefined();
    expect(timeline.minYear).toBe(2011);
    expect(timeline.legend?.map((entry) => entry.kind)).not.toContain('milestone');
    expect(deck.slides.some((slide) => slide.id.startsWith('milestones'))).toBe(false);
  });

  it('charts the areas by theme in the dataset’s order, continuing then new as the page stacks them, with the screen colours', () => {
    const chart = block(slideById('', 'chart'), 'chart');
    expect(chart.categories).toEqual([
      'Criminalité et trafics',
      'Terrorisme',
      'Corruption et criminalité financière',
      'Personnes',
      'Gouvernance et frontières',
      'Cybercriminalité',
    ]);
    expect(chart.series).toEqual([
      { name: 'Reconduits', color: '#1e3a8a', values: [3, 1, 2, 1, 1, 0] },
      { name: 'Nouveaux', color: '#b45309', values: [1, 0, 0, 1, 1, 1] },
    ]);
    expect(block(slideById('?lang=en', 'chart'), 'chart').series.map((s) => s.name)).toEqual([
      'Continuing',
      'New',
    ]);
  });

  it('groups the twelve areas in columns by theme, several themes a slide, none with one line', () => {
    const deck = deckFor();
    const columnSlides = deck.slides.filter((slide) => slide.id.startsWith('areas-'));
    expect(columnSlides.map((slide) => slide.title)).toEqual([
      'Les domaines thématiques par thème (1/2)',
      'Les domaines thématiques par thème (2/2)',
    ]);
    const columns = columnSlides.map((slide) => block(slide, 'columns').columns);
    // A theme a column: each heading alone at the top of its column.
    expect(columns.map((group) => group.map((column) => column.map((s) => s.heading)))).toEqual([
      [['Criminalité et trafics'], ['Terrorisme'], ['Corruption et criminalité financière']],
      [['Personnes'], ['Gouvernance et frontières'], ['Cybercriminalité']],
    ]);
    expect(columns.flat(2).flatMap((section) => section.items)).toHaveLength(12);
    const drugs = columns[0]![0]![0]!.items.find((item) => item.text.includes('drogues'));
    expect(drugs).toEqual({
      text: 'Lutte contre les drogues illicites',
      isNew: false,
      evidence: 'inferred',
      tags: ['Déduit'],
    });
    const cyber = columns[1]![2]![0]!.items[0];
    expect(cyber).toMatchObject({ isNew: true, tags: ['Nouveau en 2018-2019'] });
  });

  it('gives a language whose names wrap to more lines wider columns, two short themes stacked in one: German, Spanish, Italian, Russian', async () => {
    // Their crime column, four names of three lines each in German, runs past a slide of three
    // columns: it takes half of the first slide, terrorism and corruption stacked in the other.
    for (const lang of ['de', 'es', 'it', 'ru'] as const) {
      await loadCatalog(lang);
      const columnSlides = deckFor(`?lang=${lang}`).slides.filter((s) => s.id.startsWith('areas-'));
      const sectionsPerColumn = columnSlides.map((slide) =>
        block(slide, 'columns').columns.map((column) => column.length),
      );
      expect(sectionsPerColumn, lang).toEqual([
        [1, 2],
        [1, 1, 1],
      ]);
    }
    const german = deckFor('?lang=de').slides.filter((s) => s.id.startsWith('areas-'));
    expect(
      block(german[0], 'columns').columns.map((column) => column.map((s) => s.heading)),
    ).toEqual([
      ['Kriminalität und illegaler Handel'],
      ['Terrorismus', 'Korruption und Finanzkriminalität'],
    ]);
    // Arabic and Chinese, as short as French and English, keep two slides of three, a theme each.
    for (const lang of ['ar', 'zh'] as const) {
      await loadCatalog(lang);
      const columnSlides = deckFor(`?lang=${lang}`).slides.filter((s) => s.id.startsWith('areas-'));
      expect(
        columnSlides.map((slide) => block(slide, 'columns').columns.map((column) => column.length)),
      ).toEqual([
        [1, 1, 1],
        [1, 1, 1],
      ]);
    }
  });

  it('has a slide on what is new in the plan, with its four new areas and their themes', () => {
    const slide = slideById('', 'new');
    expect(slide?.title).toBe('Ce qui est nouveau en 2018-2019');
    expect(block(slide, 'figures').figures.map((f) => f.value)).toEqual(['4', '8']);
    expect(block(slide, 'bullets').items).toEqual([
      'Gouvernance et réforme du secteur de sécurité (Gouvernance et frontières)',
      'Prévention et lutte contre les violences à l’égard des femmes (Personnes)',
      'Lutte contre le cybercrime (Cybercriminalité)',
      'Lutte contre le trafic de biens culturels (Criminalité et trafics)',
    ]);
  });

  it('gives each signatory’s quotation a slide, verbatim, in the deck’s language with its version', () => {
    const slide = slideById('', 'quote-fedotov-2018');
    const quotation = block(slide, 'quotation');
    expect(quotation.language).toBe('fr');
    expect(quotation.parts.join(' ')).toMatch(/^Je salue la coopération continue/);
    expect(quotation.between).toHaveLength(quotation.parts.length - 1);
    expect(quotation.person).toBe('Yury Fedotov');
    expect(quotation.role).toBe('Directeur exécutif de l’ONUDC');
    expect(quotation.versionLabel).toBe(
      'Version en français publiée par l’ONUDC (31 janvier 2018)',
    );
    // A quotation in parts keeps the source's own words between them, verbatim.
    const greminger = block(slideById('', 'quote-greminger-2018'), 'quotation');
    expect(greminger.parts).toHaveLength(2);
    expect(greminger.parts[0]).toMatch(/entre nos organisations,$/);
    expect(greminger.between).toEqual(["a expliqué le Secrétaire général de l'OSCE M. Greminger."]);
  });

  it('sets every quotation of the deck at one size, the largest that holds the longest of them', () => {
    const sizes = (search: string) =>
      deckFor(search)
        .slides.filter((slide) => slide.id.startsWith('quote-'))
        .map((slide) => block(slide, 'quotation').size);
    // Fedotov's French version runs past LIMITS.longQuotationChars: both French ones are set smaller.
    expect(sizes('')).toEqual(['quotationLong', 'quotationLong']);
    expect(sizes('?lang=en')).toEqual(['quotation', 'quotation']);
  });

  it('lists the sources numbered, with publisher, date and address, three a slide', () => {
    const deck = deckFor();
    const sourceSlides = deck.slides.filter((slide) => slide.id.startsWith('sources-'));
    expect(sourceSlides.map((slide) => slide.title)).toEqual(['Sources (1/2)', 'Sources (2/2)']);
    const sources = sourceSlides.flatMap((slide) => block(slide, 'sources').items);
    expect(sources.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sources[4]).toMatchObject({
      number: 5,
      language: 'en',
      publisher: 'Europe Security News',
      date: 'décembre 2011',
    });
    expect(sources[4]?.url).toMatch(/^http:\/\/europesecuritynews\.com\/5594\//);
  });

  it('speaks English when the link asks for it, slides and notes alike', () => {
    const deck = deckFor('?lang=en');
    expect(deck.language).toBe('en');
    expect(deck.title).toBe('UNODC–OSCE joint action plans');
    expect(deck.fileStem).toBe('unodc-osce-joint-action-plans-slides-2018-2019-en');
    const title = deck.slides[0]!;
    expect(block(title, 'figures').figures.map((f) => f.label)).toEqual([
      'joint action plans since 2011',
      'thematic areas in the 2018-2019 plan',
      'new areas in 2018-2019',
    ]);
    expect(block(title, 'bullets').items[0]).toBe('Signed at: OSCE Secretariat, Vienna');
    expect(deck.slides[1]!.title).toBe('The four plans');
    expect(block(slideById('?lang=en', 'chart'), 'chart').categories[0]).toBe(
      'Crime and trafficking',
    );
    expect(
      block(
        deck.slides.find((s) => s.id === 'quote-fedotov-2018'),
        'quotation',
      ),
    ).toMatchObject({
      language: 'en',
      role: 'Executive Director of UNODC',
      versionLabel: 'English version published by UNODC (31 January 2018)',
    });
    expect(deck.slides.find((s) => s.id === 'areas-1')!.notes[0]).toMatch(
      /: stated by the source\. Source: \[1\]/,
    );
  });

  it('with no documented year at all, lists the plans instead of drawing an axis', () => {
    const dataset = buildDataset((d) => {
      for (const plan of d.plans)
        plan.period = {
          startYear: null,
          endYear: null,
          evidence: { level: 'unknown', sourceIds: [] },
        };
    });
    const timelineSlide = deckFor('', dataset).slides[1]!;
    expect(timelineSlide.blocks[0]?.kind).toBe('bullets');
    expect(block(deckFor('', dataset).slides[0], 'figures').figures[0]?.label).toBe(
      'plans d’action conjoints',
    );
  });

  it('is pure: the same input gives the same deck and the dataset is left as it was', () => {
    const dataset = buildDataset();
    const before = structuredClone(dataset);
    expect(deckFor('?themes=crime', dataset)).toEqual(deckFor('?themes=crime', dataset));
    expect(dataset).toEqual(before);
  });
});
