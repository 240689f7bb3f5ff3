// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../data/parse-dataset';
import { buildDataset } from '../../testing/dataset-builders';
import { selectVisibleAreas } from './area-selectors';
import {
  buildAreaTable,
  CSV_BOM,
  csvSeparatorFor,
  exportFileName,
  toAreaJson,
  toCsv,
  type AreaTableLabels,
} from './export-areas';

/** A strict RFC 4180 reader, to read back what the exporter wrote. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

const dataset = parseDataset(buildDataset(), 'plans.json');
const labels: AreaTableLabels = {
  id: 'identifiant',
  area: 'domaine',
  theme: 'thème',
  isNew: 'nouveau en 2018-2019',
  evidence: 'niveau de preuve',
  note: 'comment',
  sources: 'adresse de la source',
  yes: 'oui',
  no: 'non',
  unknown: 'non documenté',
  evidenceLevel: (level) => level,
};

describe('area exports', () => {
  it.each([
    ['fr', ';'],
    ['de', ';'],
    ['es', ';'],
    ['it', ';'],
    ['ru', ';'],
    ['en', ','],
    ['zh', ','],
    ['ar', ','],
  ] as const)(
    'separates cells as a spreadsheet in %s expects: %s where the comma is the decimal separator',
    (locale, separator) => {
      expect(csvSeparatorFor(locale)).toBe(separator);
    },
  );

  it('writes every area as a CSV row with a BOM, CRLF and the French separator, and reads back the same', () => {
    const { areas } = selectVisibleAreas(dataset, { themes: [], q: '', newOnly: false }, 'fr');
    const csv = toCsv(buildAreaTable(areas, labels), ';');
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const rows = parseCsv(csv.slice(1), ';');
    expect(rows[0]).toEqual([
      'identifiant',
      'domaine',
      'thème',
      'nouveau en 2018-2019',
      'niveau de preuve',
      'comment',
      'adresse de la source',
    ]);
    expect(rows).toHaveLength(13);
    const security = rows.find((r) => r[0] === 'security-sector')!;
    expect(security.slice(1, 5)).toEqual([
      'Gouvernance et réforme du secteur de sécurité',
      'Gouvernance et frontières',
      'oui',
      'stated',
    ]);
    expect(security[6]).toMatch(/^https:\/\/www\.unodc\.org\//);
    // The inferred notes hold apostrophes, guillemets and commas: they survive the round trip.
    const corruption = rows.find((r) => r[0] === 'corruption')!;
    const note = dataset.plans[3]!.areas.find((a) => a.id === 'corruption')!.evidence.note!.fr;
    expect(note).toMatch(/’.*«.*,/);
    expect(corruption[5]).toBe(note);
  });

  it('quotes a field that holds the separator, so that it reads back whole', () => {
    const withSeparator = parseDataset(
      buildDataset((d) => {
        d.plans[3]!.areas.find((a) => a.id === 'corruption')!.evidence.note!.fr =
          'Déduit ; de trois sources ; "citées"';
      }),
      'plans.json',
    );
    const { areas } = selectVisibleAreas(
      withSeparator,
      { themes: [], q: '', newOnly: false },
      'fr',
    );
    const rows = parseCsv(toCsv(buildAreaTable(areas, labels), ';').slice(1), ';');
    expect(rows.find((r) => r[0] === 'corruption')![5]).toBe(
      'Déduit ; de trois sources ; "citées"',
    );
  });

  it('writes only the filtered areas when asked', () => {
    const { areas } = selectVisibleAreas(
      dataset,
      { themes: ['people'], q: '', newOnly: true },
      'en',
    );
    const rows = parseCsv(toCsv(buildAreaTable(areas, labels), ',').slice(1), ',');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['violence-against-women']);
    expect(rows[1]![1]).toBe('Preventing and combating violence against women');
  });

  it('quotes separators, quotes and line breaks, and neutralizes spreadsheet formulas', () => {
    const csv = toCsv([['a;b', 'say "hi"', 'two\nlines', '=HYPERLINK("x")', '-1', 'plain']], ';');
    expect(parseCsv(csv.slice(1), ';')).toEqual([
      ['a;b', 'say "hi"', 'two\nlines', `'=HYPERLINK("x")`, "'-1", 'plain'],
    ]);
  });

  it('writes JSON with the filters and the areas in the current language', () => {
    const { areas } = selectVisibleAreas(
      dataset,
      { themes: ['cyber'], q: '', newOnly: false },
      'en',
    );
    const json = JSON.parse(
      toAreaJson(areas, {
        dataset: 'x',
        plan: '2018-2019',
        language: 'en',
        filters: { themes: ['cyber'], search: '', newOnly: false },
      }),
    );
    expect(json.count).toBe(1);
    expect(json.areas[0]).toMatchObject({
      id: 'cybercrime',
      name: 'Combating cybercrime',
      theme: 'Cybercrime',
      isNew: true,
      evidence: 'stated',
    });
    expect(json.areas[0].sources[0].url).toMatch(/^https:/);
  });

  it('names files by what they hold and their language', () => {
    expect(
      exportFileName({
        datasetId: 'unodc-osce',
        what: 'areas',
        plan: '2018-2019',
        isFiltered: false,
        locale: 'fr',
        extension: 'csv',
      }),
    ).toBe('unodc-osce-areas-2018-2019-fr.csv');
    expect(
      exportFileName({
        datasetId: 'unodc-osce',
        what: 'areas',
        plan: 'Plan été',
        isFiltered: true,
        locale: 'en',
        extension: 'json',
      }),
    ).toBe('unodc-osce-areas-plan-ete-filtered-en.json');
  });
});
