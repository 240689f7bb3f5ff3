// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../testing/dataset-builders';
import type { Dataset } from './dataset-schema';
import { DatasetError } from './dataset-error';
import { parseDataset } from './parse-dataset';

function issuesOf(mutate: (dataset: Dataset) => void) {
  try {
    parseDataset(buildDataset(mutate), 'test.json');
  } catch (error) {
    if (error instanceof DatasetError) return error.issues;
    throw error;
  }
  throw new Error('expected the dataset to be refused');
}

const featured = (d: Dataset) => d.plans.find((p) => p.id === d.featuredPlanId)!;

describe('dataset schema', () => {
  it('accepts the bundled dataset with its four plans and twelve featured areas', () => {
    const dataset = parseDataset(buildDataset(), 'plans.json');
    expect(dataset.plans.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(featured(dataset).areas).toHaveLength(12);
    expect(featured(dataset).areas.filter((a) => a.isNew)).toHaveLength(4);
    expect(dataset.quotes.map((q) => q.personId)).toEqual(['yury-fedotov', 'thomas-greminger']);
  });

  it('keeps every area of the featured plan sourced: stated areas name a source, inferred ones say how', () => {
    const dataset = parseDataset(buildDataset(), 'plans.json');
    for (const area of featured(dataset).areas) {
      if (area.evidence.level === 'stated')
        expect(area.evidence.sourceIds.length).toBeGreaterThan(0);
      if (area.evidence.level === 'inferred')
        expect(area.evidence.note, area.id).toMatchObject({
          fr: expect.stringMatching(/\S/),
          en: expect.stringMatching(/\S/),
        });
    }
  });

  it('accepts a fifth plan added as data only', () => {
    const dataset = buildDataset((d) => {
      d.plans.push({
        ...structuredClone(featured(d)),
        id: 'plan-2020-2022',
        number: 5,
        period: { startYear: 2020, endYear: 2022, evidence: { level: 'unknown', sourceIds: [] } },
      });
      d.featuredPlanId = 'plan-2020-2022';
    });
    expect(parseDataset(dataset, 'x.json').plans).toHaveLength(5);
  });

  it.each([
    [
      'an unknown theme',
      (d: Dataset) => (featured(d).areas[0]!.themeId = 'nope'),
      'plans.3.areas.0.themeId',
      'unknown theme "nope"',
    ],
    [
      'an unknown source on an area',
      (d: Dataset) => (featured(d).areas[1]!.evidence.sourceIds = ['ghost']),
      'plans.3.areas.1.evidence.sourceIds.0',
      'unknown source "ghost"',
    ],
    [
      'an unknown signatory',
      (d: Dataset) => (featured(d).signing.signatoryIds = ['someone']),
      'plans.3.signing.signatoryIds.0',
      'unknown person "someone"',
    ],
    [
      'an unknown organization',
      (d: Dataset) => (d.people[0]!.organizationId = 'un'),
      'people.0.organizationId',
      'unknown organization "un"',
    ],
    [
      'a quote of an unknown person',
      (d: Dataset) => (d.quotes[1]!.personId = 'nobody'),
      'quotes.1.personId',
      'unknown person "nobody"',
    ],
    [
      'a quote of an unknown plan',
      (d: Dataset) => (d.quotes[0]!.planId = 'plan-9'),
      'quotes.0.planId',
      'unknown plan "plan-9"',
    ],
    [
      'a quote version with an unknown source',
      (d: Dataset) => (d.quotes[0]!.versions[1]!.sourceId = 'gone'),
      'quotes.0.versions.1.sourceId',
      'unknown source "gone"',
    ],
    [
      'an unknown featured plan',
      (d: Dataset) => (d.featuredPlanId = 'plan-1999'),
      'featuredPlanId',
      'unknown plan "plan-1999"',
    ],
    [
      'a duplicate theme id',
      (d: Dataset) => (d.themes[1]!.id = d.themes[0]!.id),
      'themes.1.id',
      'duplicate id "crime"',
    ],
    [
      'a duplicate area id',
      (d: Dataset) => (featured(d).areas[2]!.id = 'cybercrime'),
      'plans.3.areas.6.id',
      'duplicate id "cybercrime"',
    ],
    [
      'a duplicate plan id',
      (d: Dataset) => (d.plans[1]!.id = 'plan-2011'),
      'plans.1.id',
      'duplicate id "plan-2011"',
    ],
  ])('refuses %s and names its path', (_name, mutate, path, message) => {
    expect(issuesOf(mutate)).toContainEqual(expect.objectContaining({ path, message }));
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['ftp://example.org/file'],
    ['not a url'],
  ])('refuses the source address %s', (url) => {
    const issues = issuesOf((d) => (d.sources[0]!.url = url));
    expect(issues.map((i) => i.path)).toContain('sources.0.url');
  });

  it('refuses a wrong schemaVersion, a malformed date and an end year before the start', () => {
    const issues = issuesOf((d) => {
      (d as { schemaVersion: number }).schemaVersion = 99;
      d.sources[2]!.date = '31/01/2018';
      d.plans[1]!.period.endYear = 2000;
    });
    const paths = issues.map((i) => i.path);
    expect(paths).toContain('schemaVersion');
    expect(paths).toContain('sources.2.date');
  });

  it('describes each problem in a form the page can translate', () => {
    const issues = issuesOf((d) => {
      d.themes[0]!.label.fr = 42 as unknown as string;
      featured(d).areas[0]!.themeId = 'nope';
      d.sources[0]!.url = 'javascript:alert(1)';
      d.quotes[0]!.originalLanguage = 'de' as 'fr';
    });
    expect(issues.map((i) => [i.path, i.problem])).toEqual(
      expect.arrayContaining([
        ['themes.0.label.fr', { kind: 'type', expected: 'string', received: 'number' }],
        ['sources.0.url', { kind: 'format', format: 'url' }],
        ['quotes.0.originalLanguage', { kind: 'value', values: ['fr', 'en'] }],
      ]),
    );
  });

  it('reports the unknown theme with the shape problems, not once they are mended', () => {
    const issues = issuesOf((d) => {
      (d as { schemaVersion: number }).schemaVersion = 4;
      d.sources[1]!.url = 'data:text/html,x';
      d.themes[0]!.label.fr = '';
      d.plans[3]!.areas[0]!.themeId = 'nope';
    });
    expect(issues.map((i) => [i.path, i.problem])).toEqual([
      ['schemaVersion', { kind: 'unsupported-version', value: '4', supported: ['1', '2', '3'] }],
      ['themes.0.label.fr', { kind: 'too-small', minimum: 1 }],
      ['sources.1.url', { kind: 'format', format: 'url' }],
      ['plans.3.areas.0.themeId', { kind: 'unknown-ref', ref: 'theme', value: 'nope' }],
    ]);
  });

  it('checks references on whatever parts parsed, and judges none against a broken collection', () => {
    const issues = issuesOf((d) => {
      (d.plans[0] as unknown as { areas: string }).areas = 'none';
      d.plans[3]!.areas[0]!.themeId = 'nope';
      (d as unknown as { people: null }).people = null;
    });
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['plans.0.areas', 'people', 'plans.3.areas.0.themeId']),
    );
    // With no list of people, no signatory or speaker is called unknown.
    expect(issues.filter((i) => i.problem.kind === 'unknown-ref')).toHaveLength(1);
  });

  it('calls a missing schemaVersion missing, and an unsupported one by its value', () => {
    const missing = issuesOf((d) => {
      (d as { schemaVersion?: number }).schemaVersion = undefined;
    });
    expect(missing).toContainEqual(
      expect.objectContaining({ path: 'schemaVersion', problem: { kind: 'missing' } }),
    );
  });

  it('refuses a missing translation and names the language', () => {
    const issues = issuesOf((d) => {
      (d.themes[0]!.label as { en?: string }).en = undefined;
    });
    expect(issues.map((i) => i.path)).toContain('themes.0.label.en');
  });

  it('reports an end year before the start year once the shape is valid', () => {
    expect(issuesOf((d) => (d.plans[1]!.period.endYear = 2000))).toContainEqual({
      path: 'plans.1.period.endYear',
      message: 'endYear is before startYear',
      problem: { kind: 'end-before-start' },
    });
  });

  it('holds a quotation in parts, each verbatim, with the source’s words between them', () => {
    const dataset = parseDataset(buildDataset(), 'plans.json');
    const greminger = dataset.quotes.find((q) => q.id === 'greminger-2018')!;
    expect(greminger.versions[0]!.parts).toHaveLength(2);
    expect(greminger.versions[0]!.parts![1]!.before).toBe(
      "a expliqué le Secrétaire général de l'OSCE M. Greminger.",
    );
  });

  it('refuses a quotation version with neither parts nor text, or with both', () => {
    const neither = issuesOf((d) => {
      delete (d.quotes[0]!.versions[0] as { parts?: unknown }).parts;
    });
    expect(neither.map((i) => [i.path, i.problem.kind])).toEqual([
      ['quotes.0.versions.0.parts', 'missing'],
    ]);
    const both = issuesOf((d) => {
      d.quotes[0]!.versions[0]!.text = 'Je salue la coopération continue';
    });
    expect(both.map((i) => [i.path, i.problem.kind])).toEqual([
      ['quotes.0.versions.0.text', 'parts-and-text'],
    ]);
  });

  it('refuses words before the first part, an empty part list and a blank part', () => {
    expect(
      issuesOf((d) => {
        d.quotes[1]!.versions[0]!.parts![0]!.before = 'a déclaré';
      }).map((i) => [i.path, i.problem.kind]),
    ).toEqual([['quotes.1.versions.0.parts.0.before', 'before-first-part']]);
    expect(
      issuesOf((d) => {
        d.quotes[1]!.versions[0]!.parts = [];
      }).map((i) => [i.path, i.problem.kind]),
    ).toEqual([['quotes.1.versions.0.parts', 'too-small']]);
    expect(
      issuesOf((d) => {
        d.quotes[1]!.versions[0]!.parts![1]!.text = '   ';
      }).map((i) => [i.path, i.problem.kind]),
    ).toEqual([['quotes.1.versions.0.parts.1.text', 'too-small']]);
  });

  it('lets the original language be unknown (null) or a language, nothing else', () => {
    expect(() =>
      parseDataset(
        buildDataset((d) => {
          d.quotes[0]!.originalLanguage = 'en';
        }),
        'plans.json',
      ),
    ).not.toThrow();
    expect(
      issuesOf((d) => {
        (d.quotes[0] as { originalLanguage: unknown }).originalLanguage = 'de';
      }).map((i) => [i.path, i.problem.kind]),
    ).toEqual([['quotes.0.originalLanguage', 'value']]);
  });

  it('loads a dataset without milestones or editions: both are optional', () => {
    const dataset = parseDataset(
      buildDataset((d) => {
        delete d.milestones;
        for (const source of d.sources) delete source.editionIds;
      }),
      'plans.json',
    );
    expect(dataset.milestones).toBeUndefined();
    expect(dataset.plans).toHaveLength(4);
  });

  it('holds the five dated milestones, each with its source and evidence', () => {
    const dataset = parseDataset(buildDataset(), 'plans.json');
    expect(
      dataset.milestones?.map((m) => [m.date, m.evidence.level, m.evidence.sourceIds]),
    ).toEqual([
      ['2010', 'stated', ['unodc-2014-02']],
      ['2011-12', 'inferred', ['esn-2011']],
      ['2012-03-30', 'stated', ['unodc-2012-03']],
      ['2014-02-10', 'stated', ['unodc-2014-02']],
      ['2018-01-31', 'stated', ['unodc-2018-fr']],
    ]);
    const fr = dataset.sources.find((source) => source.id === 'unodc-2018-fr');
    expect(fr?.editionIds).toEqual(['unodc-2018-en']);
  });

  it('refuses a milestone with a bad date or an unknown source, an edition that does not exist, a repeated milestone id', () => {
    expect(
      issuesOf((d) => {
        d.milestones![0]!.date = '2019-02-29';
      }).map((i) => i.path),
    ).toEqual(['milestones.0.date']);
    expect(
      issuesOf((d) => {
        d.milestones![1]!.evidence.sourceIds = ['nope'];
        d.sources[0]!.editionIds = ['unodc-2018-en', 'unodc-2018-en', 'missing'];
        d.milestones!.push(structuredClone(d.milestones![0]!));
      }).map((i) => [i.path, i.problem.kind]),
    ).toEqual(
      expect.arrayContaining([
        ['milestones.1.evidence.sourceIds.0', 'unknown-ref'],
        ['sources.0.editionIds.1', 'duplicate'],
        ['sources.0.editionIds.2', 'unknown-ref'],
        ['milestones.5.id', 'duplicate'],
      ]),
    );
  });
});
