// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDatasetJson } from '../testing/dataset-builders';
import type { Dataset, Evidence } from './dataset-schema';
import { selectQuotationParts } from './dataset-selectors';
import { parseDataset } from './parse-dataset';

// The French press release of 31 January 2018 as ../shared/seed holds it, copied into the
// repository so that the check runs on a clone with nothing beside it; where ../shared is there,
// a test checks that the copy has not drifted.
const SEED_COPY = resolve(process.cwd(), 'tests/fixtures/seed-unodc-2018-fr.txt');
const SHARED_SEED = resolve(process.cwd(), '../shared/seed/000_0a3649646dbf0206.txt');

// The bundled dataset says no more than its sources (issue 12, ../shared/DATA-BRIEF.md). Each test
// reads the file as it ships, so that a later edit that overstates a fact fails here.

const dataset = parseDataset(bundledDatasetJson(), 'plans.json');
const plan = (id: string) => dataset.plans.find((p) => p.id === id)!;
const area = (planId: string, id: string) => plan(planId).areas.find((a) => a.id === id)!;
const quote = (id: string) => dataset.quotes.find((q) => q.id === id)!;
const source = (id: string) => dataset.sources.find((s) => s.id === id)!;

/** Every evidence record in the dataset, with where it is. */
function allEvidence(d: Dataset): [string, Evidence][] {
  return [
    ...d.organizations.map((o): [string, Evidence] => [`organization ${o.id}`, o.evidence]),
    ...d.plans.flatMap((p): [string, Evidence][] => [
      [`${p.id} period`, p.period.evidence],
      [`${p.id} signing`, p.signing.evidence],
      ...p.areas.map((a): [string, Evidence] => [`${p.id} area ${a.id}`, a.evidence]),
      ...p.facts.map((f): [string, Evidence] => [`${p.id} fact ${f.id}`, f.evidence]),
    ]),
  ];
}

describe('the bundled dataset’s evidence', () => {
  it('names at least one source, and says how, for every inferred fact and area', () => {
    const unsourced = allEvidence(dataset)
      .filter(([, e]) => e.level === 'inferred')
      .filter(([, e]) => e.sourceIds.length === 0 || !e.note?.fr || !e.note.en)
      .map(([where]) => where);
    expect(unsourced).toEqual([]);
  });

  it('names a source for every stated fact and area', () => {
    const unsourced = allEvidence(dataset)
      .filter(([, e]) => e.level === 'stated' && e.sourceIds.length === 0)
      .map(([where]) => where);
    expect(unsourced).toEqual([]);
  });

  it('1. prints Greminger’s quotation in its two parts, the comma kept, the attribution between', () => {
    const versions = quote('greminger-2018').versions.map((v) => ({
      language: v.language,
      ...selectQuotationParts(v),
    }));
    expect(versions).toEqual([
      {
        language: 'fr',
        parts: [
          "Ce plan d'action conjoint a émergé d'une culture de la coopération sincère entre nos organisations,",
          "Il est basé sur la compréhension profonde que nous ne pouvons lutter efficacement contre les menaces transnationales qui pèsent sur notre sécurité qu'en puisant dans nos avantages comparatifs respectifs.",
        ],
        between: ["a expliqué le Secrétaire général de l'OSCE M. Greminger."],
      },
      {
        language: 'en',
        parts: [
          'This joint action plan has emerged from a genuine culture of cooperation between our organizations,',
          'It is based on the profound understanding that only by drawing from our respective comparative advantages can we be effective in countering transnational threats to security.',
        ],
        between: ['said OSCE Secretary General Greminger.'],
      },
    ]);
  });

  it('1. quotes the seed verbatim, part by part', () => {
    const seed = readFileSync(SEED_COPY, 'utf8');
    for (const q of dataset.quotes) {
      const fr = q.versions.find((v) => v.language === 'fr')!;
      const { parts, between } = selectQuotationParts(fr);
      // The seed prints straight double quotes around each part.
      const printed = parts.map((part, i) => (i === 0 ? '' : ` ${between[i - 1]} `) + `"${part}"`);
      expect(seed).toContain(printed.join(''));
    }
  });

  it.skipIf(!existsSync(SHARED_SEED))(
    '1. (the copy) the repository’s copy of the seed is the shared one, byte for byte',
    () => {
      expect(readFileSync(SEED_COPY, 'utf8')).toBe(readFileSync(SHARED_SEED, 'utf8'));
    },
  );

  it('2. names no original language: no source says which version came first', () => {
    for (const q of dataset.quotes) expect(q.originalLanguage).toBeNull();
  });

  it('3. marks the 2011 plan’s six areas inferred from the 2011 article, and says the six is the dataset’s split', () => {
    const first = plan('plan-2011');
    expect(first.areas).toHaveLength(6);
    for (const a of first.areas) {
      expect(a.evidence.level).toBe('inferred');
      expect(a.evidence.sourceIds).toEqual(['esn-2011']);
      expect(a.evidence.note?.en).toMatch(/never calls it the first plan/);
      expect(a.evidence.note?.fr).toMatch(/ne le nomme jamais premier plan/);
    }
    const count = first.facts.find((f) => f.id === 'areas-2011-count')!;
    expect(count.evidence.level).toBe('inferred');
    expect(count.text.en).toMatch(/how this dataset splits/);
  });

  it('4. gives the 2011 article its stored address and says its date is inferred', () => {
    const article = source('esn-2011');
    expect(article.url).toBe(
      'http://europesecuritynews.com/5594/unodc-and-european-osce%C2%B4s-joint-action-against-organized-crime-and-illicit-drugs/',
    );
    expect(article.date).toBe('2011-12');
    expect(article.dateNote?.en).toMatch(/^Inferred date, December 2011 at the earliest/);
    expect(article.dateNote?.fr).toMatch(/^Date déduite, décembre 2011 au plus tôt/);
  });

  it('5. words the 2013-2014 plan as a willingness to prepare its drafting, never a signing', () => {
    const note = plan('plan-2013-2014').period.evidence.note!;
    expect(note.en).toContain('expressed willingness to start preparations for the drafting');
    expect(note.en).not.toMatch(/agreed to start drafting/);
    expect(note.en).toMatch(/None of the sources at hand shows that it was signed/);
    expect(plan('plan-2013-2014').signing.evidence.level).toBe('unknown');
  });

  it('6. words the 2010 formalisation as the February 2014 news does', () => {
    const fact = plan('plan-2011').facts.find((f) => f.id === 'formalised-2010')!;
    expect(fact.text.en).toContain(
      'agreed to improve planning and operations through a Joint Plan of Action',
    );
    expect(fact.text.en).not.toMatch(/plan together/);
    expect(fact.evidence).toMatchObject({ level: 'stated', sourceIds: ['unodc-2014-02'] });
  });

  it('7. cites for each inferred area the sources of its inference, and only true ones', () => {
    const sources = (id: string) => area('plan-2018-2019', id).evidence.sourceIds;
    expect(source('osce-2020')).toMatchObject({
      title: 'OSCE and UN Office on Drugs and Crime sign 2020-2022 joint action plan',
      publisher: 'OSCE',
      date: '2020',
      url: 'https://www.border-security-report.com/osce-and-un-office-on-drugs-and-crime-sign-2020-2022-joint-action-plan/',
    });
    expect(sources('illicit-drugs')).toEqual(['unodc-2018-fr', 'esn-2011', 'osce-2020']);
    expect(sources('corruption')).toEqual(['unodc-2018-fr', 'esn-2011', 'osce-2020']);
    expect(sources('firearms')).toEqual(['esn-2011', 'unodc-2014-02']);
    expect(sources('border-security')).toEqual(['osce-2020']);
    // The 2020-2022 plan does not list firearms: the firearms note must not claim it does.
    const firearms = area('plan-2018-2019', 'firearms').evidence.note!;
    expect(firearms.en).toContain('The 2020-2022 plan does not list this area');
    expect(firearms.en).toContain('such challenges as illicit firearms');
  });

  it('8. keeps citing UNODC’s English page, and says the text is known through a republication', () => {
    const english = source('unodc-2018-en');
    expect(english.url).toMatch(/^https:\/\/www\.unodc\.org\/unodc\/en\//);
    expect(english.note?.en).toMatch(/abclive\.in/);
    for (const q of dataset.quotes)
      expect(q.versions.find((v) => v.language === 'en')?.sourceId).toBe('unodc-2018-en');
  });
});

describe('a dataset in the earlier shape (schemaVersion 1)', () => {
  const v1 = JSON.parse(
    readFileSync(resolve(process.cwd(), 'tests/fixtures/plans-v1.json'), 'utf8'),
  ) as unknown;

  it('still loads: one text per quotation is one part, and its original language is kept', () => {
    const old = parseDataset(v1, 'plans-v1.json');
    expect(old.schemaVersion).toBe(1);
    const greminger = old.quotes.find((q) => q.id === 'greminger-2018')!;
    expect(greminger.originalLanguage).toBe('fr');
    expect(selectQuotationParts(greminger.versions[0]!).parts).toHaveLength(1);
    expect(selectQuotationParts(greminger.versions[0]!).between).toEqual([]);
  });
});
