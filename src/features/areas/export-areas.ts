import { INTL_LOCALE, once } from '../../i18n/intl-objects';
import type { Locale } from '../../i18n/locale';
import type { AreaView } from './area-selectors';

export const CSV_BOM = '\uFEFF';

export interface AreaTableLabels {
  id: string;
  area: string;
  theme: string;
  isNew: string;
  evidence: string;
  note: string;
  sources: string;
  yes: string;
  no: string;
  unknown: string;
  evidenceLevel: (level: AreaView['evidenceLevel']) => string;
}

/** The areas as a header row and one row per area, in the reader's language. */
export function buildAreaTable(areas: readonly AreaView[], labels: AreaTableLabels): string[][] {
  const header = [
    labels.id,
    labels.area,
    labels.theme,
    labels.isNew,
    labels.evidence,
    labels.note,
    labels.sources,
  ];
  const rows = areas.map((area) => [
    area.id,
    area.name,
    area.themeLabel,
    area.isNew === true ? labels.yes : area.isNew === false ? labels.no : labels.unknown,
    labels.evidenceLevel(area.evidenceLevel),
    area.evidenceNote ?? '',
    area.sources.map((source) => source.url).join(' '),
  ]);
  return [header, ...rows];
}

// A cell that starts like a formula would run in a spreadsheet: make it text (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string, separator: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  const mustQuote =
    safe.includes(separator) || /["\r\n]/.test(safe) || safe !== safe.trim() || safe === '';
  return mustQuote ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The cell separator a spreadsheet in the reader's language expects: ";" where the comma is the
 * decimal separator (French, German, Spanish, Italian, Russian), "," otherwise. Read from the
 * language's own number format rather than a list, so that it follows Intl's data.
 */
export function csvSeparatorFor(locale: Locale): ',' | ';' {
  const decimal = once(`number ${locale}`, () => new Intl.NumberFormat(INTL_LOCALE[locale]))
    .formatToParts(1.5)
    .find((part) => part.type === 'decimal')?.value;
  return decimal === ',' ? ';' : ',';
}

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark so that spreadsheet programs read accents, Cyrillic,
 * Arabic and Chinese right; `separator` from csvSeparatorFor.
 */
export function toCsv(table: readonly (readonly string[])[], separator: ',' | ';'): string {
  const lines = table.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

export interface AreaJsonExport {
  dataset: string;
  plan: string;
  language: string;
  filters: { themes: string[]; search: string; newOnly: boolean };
  count: number;
  areas: {
    id: string;
    name: string;
    themeId: string;
    theme: string;
    isNew: boolean | null;
    evidence: string;
    evidenceNote: string | null;
    sources: { title: string; url: string }[];
  }[];
}

export function toAreaJson(
  areas: readonly AreaView[],
  meta: Omit<AreaJsonExport, 'areas' | 'count'>,
): string {
  const body: AreaJsonExport = {
    ...meta,
    count: areas.length,
    areas: areas.map((area) => ({
      id: area.id,
      name: area.name,
      themeId: area.themeId,
      theme: area.themeLabel,
      isNew: area.isNew,
      evidence: area.evidenceLevel,
      evidenceNote: area.evidenceNote,
      sources: area.sources.map(({ title, url }) => ({ title, url })),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** e.g. "unodc-osce-joint-action-plans-areas-2018-2019-filtered-fr.csv" */
export function exportFileName(parts: {
  datasetId: string;
  what: string;
  plan: string;
  isFiltered: boolean;
  locale: string;
  extension: string;
}): string {
  const slug = (value: string) =>
    value
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const name = [
    parts.datasetId,
    parts.what,
    parts.plan,
    parts.isFiltered ? 'filtered' : '',
    parts.locale,
  ]
    .map(slug)
    .filter(Boolean)
    .join('-');
  return `${name}.${parts.extension}`;
}
