import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../i18n/locale';
import { loadCatalog } from '../i18n/use-i18n';
import { buildDataset } from '../testing/dataset-builders';
import { deckFor, slideById } from '../testing/slide-deck-testing';

describe('selectSlideDeck: speaker notes, from the evidence', () => {
  beforeAll(() => Promise.all(LOCALES.map(loadCatalog)));

  it.each(LOCALES)('every slide has a title and notes, fully written, in %s', (locale) => {
    const deck = deckFor(`?lang=${locale}`);
    expect(deck.language).toBe(locale);
    expect(deck.fileStem).toMatch(new RegExp(`-${locale}$`));
    for (const slide of deck.slides) {
      expect(slide.title.trim(), slide.id).not.toBe('');
      expect(slide.notes.length, slide.id).toBeGreaterThan(0);
      for (const text of [slide.title, ...slide.notes]) {
        expect(text, slide.id).not.toMatch(/[{}]|undefined|NaN/);
      }
    }
  });

  it('every slide has notes', () => {
    for (const locale of ['fr', 'en'] as Locale[]) {
      for (const slide of deckFor(`?lang=${locale}`).slides)
        expect(slide.notes.length, slide.id).toBeGreaterThan(0);
    }
  });

  it('name each stated fact’s level and its source by title, publisher and date', () => {
    const notes = slideById('', 'areas-2')!.notes;
    expect(notes).toContain(
      "Lutte contre le cybercrime, nouveau en 2018-2019 : indiqué par la source. Source : [1] «\u00a0L'ONUDC et le Secrétariat de l'OSCE signent un nouveau plan d'action conjoint pour 2018-2019\u00a0», ONUDC, 31 janvier 2018.",
    );
  });

  it('say how an inferred fact was inferred, and when no source states it directly', () => {
    const drugs = slideById('', 'areas-1')!.notes.find((note) => note.includes('drogues'));
    expect(drugs).toMatch(
      /: déduit\. Comment : Le communiqué de 2018 ne nomme que huit des douze domaines\. .* Sources : \[1\] .*, \[5\] .*Europe Security News, décembre 2011 et \[6\] .*, OSCE, 2020\.$/,
    );
    const dataset = buildDataset((d) => {
      const plan = d.plans.find((p) => p.id === d.featuredPlanId)!;
      plan.areas.find((a) => a.id === 'border-security')!.evidence.sourceIds = [];
    });
    expect(slideById('', 'areas-2', dataset)!.notes).toContain(
      'Sécurité et gestion des frontières : déduit. Comment : Le communiqué de 2018 ne nomme que huit des douze domaines. Déduit du communiqué du plan suivant, 2020-2022 (« border security and management »). Aucune source ne l’établit directement.',
    );
  });

  it('say what no source documents', () => {
    const notes = slideById('', 'timeline')!.notes;
    expect(notes[2]).toMatch(
      /^Plan n° 3, Période non documentée : aucune source ne le documente\. Précision : Son existence découle du communiqué de 2018/,
    );
    expect(notes[1]).toMatch(/^Plan n° 2, 2013-2014 : déduit\. Comment : En mars 2012/);
  });

  it('cite the quotation’s source and the other published version', () => {
    expect(slideById('?lang=en', 'quote-greminger-2018')!.notes).toEqual([
      'Exact words of Thomas Greminger, Secretary General of the OSCE, on 31 January 2018, as the source publishes them.',
      'Source: [2] “UNODC and OSCE sign new 2018-2019 Joint Action Plan”, UNODC, 31 January 2018.',
      "Also published in French: [1] “L'ONUDC et le Secrétariat de l'OSCE signent un nouveau plan d'action conjoint pour 2018-2019”, ONUDC, 31 January 2018.",
    ]);
  });

  it('on the title slide, tell the areas’ evidence apart and source the signing', () => {
    const notes = slideById('', 'title')!.notes;
    expect(notes).toContain(
      'Sur ces 12 domaines : 8 indiqués par une source, 4 déduits, aucun non documenté.',
    );
    expect(notes.at(-1)).toMatch(
      /^Signature : Secrétariat de l’OSCE, Vienne, annoncée le 31 janvier 2018, par Yury Fedotov .*: indiqué par la source\. Source : \[1\]/,
    );
  });
});
