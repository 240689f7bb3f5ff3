import { RECORD_COLLECTIONS as TOP_RECORD_COLLECTIONS } from '../data/dataset-references';
import type { JsonPath } from './json-tree';

// What the documented data format (README, "The data format") says about each place in the file,
// written from the documentation and not from the schema's code, so that the fuzz checks the one
// against the other.

/** "plans.3.areas.0.themeId" → "plans.*.areas.*.themeId": the place in the format. */
export const patternOf = (path: JsonPath) =>
  path.map((part) => (typeof part === 'number' ? '*' : part)).join('.');

export const OPTIONAL_KEYS = new Set([
  'note',
  'dateNote',
  'before',
  'editionIds',
  'milestones',
  // Version 3: translations made for the dashboard, each language of them optional too.
  'translations',
  'nameTranslations',
  'titleTranslations',
  'ar',
  'zh',
  'es',
  'ru',
  'de',
  'it',
]);
export const NULLABLE_KEYS = new Set([
  'startYear',
  'endYear',
  'place',
  'announcedOn',
  'areaCount',
  'newAreaCount',
  'isNew',
  'originalLanguage',
]);
/** Keys the format does not know: a loader must ignore them, whatever they hold. */
export const EXTRA_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'onclick',
  'innerHTML',
  'dangerouslySetInnerHTML',
  'style',
  'x-fuzz',
] as const;
const EXTRA = new Set<string>(EXTRA_KEYS);
const RECORD_COLLECTIONS = new Set<string>([
  ...TOP_RECORD_COLLECTIONS,
  'plans.*.areas',
  'plans.*.facts',
]);
export const NON_EMPTY_LISTS = new Set([
  'themes',
  'plans',
  'quotes.*.versions',
  'quotes.*.versions.*.parts',
  'quotes.*.translations.*.parts',
]);
const REFERENCES: [RegExp, string][] = [
  [/^featuredPlanId$/, 'plans'],
  [/^people\.\*\.organizationId$/, 'organizations'],
  [/^plans\.\*\.areas\.\*\.themeId$/, 'themes'],
  [/^quotes\.\*\.personId$/, 'people'],
  [/^quotes\.\*\.planId$/, 'plans'],
  [/^quotes\.\*\.versions\.\*\.sourceId$/, 'sources'],
  [/\.sourceIds\.\*$/, 'sources'],
  [/^sources\.\*\.editionIds\.\*$/, 'sources'],
  [/^plans\.\*\.signing\.signatoryIds\.\*$/, 'people'],
];

export const isExtra = (path: JsonPath) =>
  path.some((part) => typeof part === 'string' && EXTRA.has(part));

/** Free text a reader sees, with its maximum length; null for ids, dates, enums and addresses. */
export function textLimit(path: JsonPath): number | null {
  const pattern = patternOf(path);
  if (/\.(fr|en)$/.test(pattern)) return 2000;
  if (/(^|\.)(translations|nameTranslations|titleTranslations)\.(ar|zh|es|ru|de|it)$/.test(pattern))
    return pattern.startsWith('quotes.') ? null : 2000;
  if (['people.*.name', 'sources.*.title', 'sources.*.publisher'].includes(pattern)) return 2000;
  if (/^quotes\.\*\.(versions|translations\.\w+)\.\*?\.?parts\.\*\.text$/.test(pattern))
    return 4000;
  if (/^quotes\.\*\.(versions|translations\.\w+)\.\*?\.?parts\.\*\.before$/.test(pattern))
    return 2000;
  return null;
}
export const isReference = (path: JsonPath) => REFERENCES.some(([re]) => re.test(patternOf(path)));
export const isUrl = (path: JsonPath) => patternOf(path) === 'sources.*.url';
export const isDate = (path: JsonPath) =>
  ['sources.*.date', 'quotes.*.date', 'plans.*.signing.announcedOn', 'milestones.*.date'].includes(
    patternOf(path),
  );
export const isRecordCollection = (path: JsonPath) => RECORD_COLLECTIONS.has(patternOf(path));
