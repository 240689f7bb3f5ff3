import * as z from 'zod/mini';

// zod/mini rather than zod: the same validation for about a fifth of the bytes in the
// entry chunk (see ../shared/TOOLCHAIN.md), and z.toJSONSchema still works on it.

/**
 * The version this app writes. Version 2 added quotations in parts and an original language that
 * may be unknown; version 3 added translations made for the dashboard (`translations`,
 * `nameTranslations`, `titleTranslations`). Version 1 and 2 files still load as they are.
 */
export const SCHEMA_VERSION = 3;
export const READABLE_SCHEMA_VERSIONS = [1, 2, 3] as const;

// At most 64 characters: a link carries plan and theme ids (src/url-state/url-state.ts), and a
// longer one could be shown but never chosen.
const id = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'), z.maxLength(64));
const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(2000));

/**
 * A text in the six languages the sources are not published in. Being here is the mark: each is a
 * translation made for the dashboard (from the English, ../shared/DATA-BRIEF.md), never a source's
 * own words. Any may be missing: the dashboard then shows the English, tagged as English.
 */
export const translationsSchema = inEachTranslatedLanguage(text);

/** One optional value a language, for the six the sources are not published in. */
function inEachTranslatedLanguage<T extends z.ZodMiniType>(value: T) {
  return z.object({
    ar: z.optional(value),
    zh: z.optional(value),
    es: z.optional(value),
    ru: z.optional(value),
    de: z.optional(value),
    it: z.optional(value),
  });
}
export type Translations = z.infer<typeof translationsSchema>;

/** A text in the sources' two languages, and its translations made for the dashboard. */
export const localizedSchema = z.object({
  fr: text,
  en: text,
  translations: z.optional(translationsSchema),
});
export type Localized = z.infer<typeof localizedSchema>;

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** No 31 April, no 29 February 2019, no year 0: a date that exists, or it is shown wrong. */
function isCalendarDate(value: string): boolean {
  if (!PARTIAL_DATE.test(value)) return true; // the regex reports it
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date as precise as the source is: "2018", "2018-01" or "2018-01-31". */
export const partialDateSchema = z.string().check(
  z.regex(PARTIAL_DATE, 'YYYY, YYYY-MM or YYYY-MM-DD'),
  z.refine(isCalendarDate, {
    message: 'no such date',
    params: { problem: 'format', format: 'date' },
  }),
);

export const evidenceLevelSchema = z.enum(['stated', 'inferred', 'unknown']);
export type EvidenceLevel = z.infer<typeof evidenceLevelSchema>;

export const evidenceSchema = z.object({
  level: evidenceLevelSchema,
  sourceIds: z.array(id),
  /** How the fact was inferred, or what exactly the source says. */
  note: z.optional(localizedSchema),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const organizationSchema = z.object({
  id,
  acronym: localizedSchema,
  name: localizedSchema,
  evidence: evidenceSchema,
});
export type Organization = z.infer<typeof organizationSchema>;

export const personSchema = z.object({
  id,
  name: text,
  /** The name as each language's press writes it (Юрий Федотов), where it differs. */
  nameTranslations: z.optional(translationsSchema),
  role: localizedSchema,
  organizationId: id,
});
export type Person = z.infer<typeof personSchema>;

export const themeSchema = z.object({
  id,
  label: localizedSchema,
  description: localizedSchema,
});
export type Theme = z.infer<typeof themeSchema>;

export const sourceSchema = z.object({
  id,
  /** As published: a title is a name. */
  title: text,
  /** The title translated for the dashboard, shown after the published one and marked so. */
  titleTranslations: z.optional(translationsSchema),
  publisher: text,
  language: z.enum(['fr', 'en']),
  date: partialDateSchema,
  /** How the date is known, where the source does not print it (an inferred date says so). */
  dateNote: z.optional(localizedSchema),
  /** What a reader should know of this copy (e.g. it is known here through a republication). */
  note: z.optional(localizedSchema),
  /**
   * The same document's editions in other languages (source ids): a fact citing this source is
   * cited in each language through that language's edition, where there is one.
   */
  editionIds: z.optional(z.array(id)),
  // Only http(s): a dataset must never be able to plant a javascript: or data: link.
  url: z.httpUrl(),
});
export type Source = z.infer<typeof sourceSchema>;

export const areaSchema = z.object({
  id,
  name: localizedSchema,
  themeId: id,
  /** null when no source says whether the area was new in this plan. */
  isNew: z.nullable(z.boolean()),
  evidence: evidenceSchema,
});
export type Area = z.infer<typeof areaSchema>;

const year = z.int().check(z.gte(1900), z.lte(2200));

export const factSchema = z.object({
  id,
  text: localizedSchema,
  evidence: evidenceSchema,
});
export type Fact = z.infer<typeof factSchema>;

export const planSchema = z.object({
  id,
  number: z.int().check(z.positive()),
  title: localizedSchema,
  /** null years are not documented by any source. */
  period: z.object({
    startYear: z.nullable(year),
    endYear: z.nullable(year),
    evidence: evidenceSchema,
  }),
  signing: z.object({
    place: z.nullable(localizedSchema),
    announcedOn: z.nullable(partialDateSchema),
    signatoryIds: z.array(id),
    evidence: evidenceSchema,
  }),
  areaCount: z.nullable(z.int().check(z.nonnegative())),
  newAreaCount: z.nullable(z.int().check(z.nonnegative())),
  /** An empty list means no source documents the plan's areas. */
  areas: z.array(areaSchema),
  facts: z.array(factSchema),
});
export type Plan = z.infer<typeof planSchema>;

// Trimmed like every other text: a quotation of blanks is no quotation.
const quotationText = z.string().check(z.trim(), z.minLength(1), z.maxLength(4000));

/**
 * One quoted part, verbatim. A source may print a quotation in several parts with its own words
 * between them ("…entre nos organisations," a expliqué M. Greminger. "Il est basé…"): `before`
 * holds those words, verbatim too; a part without it follows a marked omission.
 */
export const quotePartSchema = z.object({
  before: z.optional(text),
  text: quotationText,
});
export type QuotePart = z.infer<typeof quotePartSchema>;

export const quoteVersionSchema = z
  .object({
    language: z.enum(['fr', 'en']),
    /** Version 1's shape: the quotation in one piece. */
    text: z.optional(quotationText),
    parts: z.optional(z.array(quotePartSchema).check(z.minLength(1), z.maxLength(20))),
    sourceId: id,
  })
  .check(
    z.superRefine((version, ctx) => {
      if (version.parts === undefined && version.text === undefined) {
        ctx.addIssue({
          code: 'invalid_type',
          expected: 'array',
          input: undefined,
          path: ['parts'],
          message: 'a quotation needs its parts (or, as in version 1, its text)',
        });
      }
      if (version.parts !== undefined && version.text !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'give the quotation as parts or as text, not both',
          path: ['text'],
          input: version.text,
          params: { problem: 'parts-and-text' },
        });
      }
      if (version.parts?.[0]?.before !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'the first part follows nothing: words before it are not part of the quotation',
          path: ['parts', 0, 'before'],
          input: version.parts[0].before,
          params: { problem: 'before-first-part' },
        });
      }
    }),
  );
export type QuoteVersion = z.infer<typeof quoteVersionSchema>;

/** A quotation translated for the dashboard from one published version, in the same parts. */
export const quoteTranslationSchema = z.object({
  fromLanguage: z.enum(['fr', 'en']),
  parts: z.array(quotePartSchema).check(z.minLength(1), z.maxLength(20)),
});
export type QuoteTranslation = z.infer<typeof quoteTranslationSchema>;

export const quoteSchema = z.object({
  id,
  personId: id,
  planId: id,
  date: partialDateSchema,
  /**
   * The language the quotation was first given in, where a source says so; null when none does
   * (then no version is shown as the original: each is the version its source published).
   */
  originalLanguage: z.nullable(z.enum(['fr', 'en'])),
  versions: z.array(quoteVersionSchema).check(z.minLength(1)),
  /**
   * Unofficial translations made for the dashboard, each of one published version
   * (`fromLanguage`). Shown only beside that verbatim version, labelled, never as quoted words.
   */
  translations: z.optional(inEachTranslatedLanguage(quoteTranslationSchema)),
});
export type Quote = z.infer<typeof quoteSchema>;

/** A dated event of the partnership (a meeting, a signing), drawn on the timeline. */
export const milestoneSchema = z.object({
  id,
  /** As precise as the source: "2010", "2011-12", "2018-01-31"; an inferred date says so. */
  date: partialDateSchema,
  text: localizedSchema,
  evidence: evidenceSchema,
});
export type Milestone = z.infer<typeof milestoneSchema>;

const datasetShapeSchema = z.object({
  schemaVersion: z.union(READABLE_SCHEMA_VERSIONS.map((version) => z.literal(version))),
  id,
  title: localizedSchema,
  summary: localizedSchema,
  featuredPlanId: id,
  organizations: z.array(organizationSchema),
  people: z.array(personSchema),
  themes: z.array(themeSchema).check(z.minLength(1)),
  sources: z.array(sourceSchema),
  plans: z.array(planSchema).check(z.minLength(1)),
  quotes: z.array(quoteSchema),
  /** Optional: a dataset without milestones draws the plans alone. */
  milestones: z.optional(z.array(milestoneSchema)),
});

type Path = (string | number)[];

export type ReferenceKind = 'source' | 'theme' | 'person' | 'organization' | 'plan';

/** A problem the reference check found, in the shape of a zod custom issue. */
export interface ReferenceIssue {
  message: string;
  path: Path;
  input: unknown;
  params: Record<string, unknown>;
}

type AddIssue = (issue: ReferenceIssue) => void;
type Loose = Record<string, unknown>;

// The reference check reads the file as it is, not as it parsed: zod runs a refinement only on a
// value with no issue, so a file with a bad address heard of its unknown theme only once the
// address was mended. Whatever part is malformed is skipped here (the schema reports it).
const asRecord = (value: unknown): Loose | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Loose)
    : undefined;
const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
const asRecords = (value: unknown): (Loose | undefined)[] =>
  Array.isArray(value) ? value.map(asRecord) : [];
const asStrings = (value: unknown): (string | undefined)[] =>
  Array.isArray(value) ? value.map(asString) : [];

/** The ids of a collection, or null when the collection itself is malformed (no ref is judged). */
function idsOf(collection: unknown): ReadonlySet<string> | null {
  if (!Array.isArray(collection)) return null;
  const ids = new Set<string>();
  for (const record of asRecords(collection)) {
    const id = asString(record?.id);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

function checkUnique(
  addIssue: AddIssue,
  values: (string | undefined)[],
  path: Path,
  isRecord = true,
) {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (value === undefined) return;
    if (seen.has(value)) {
      addIssue({
        message: `duplicate id "${value}"`,
        path: isRecord ? [...path, index, 'id'] : [...path, index],
        input: value,
        params: { problem: 'duplicate', value },
      });
    }
    seen.add(value);
  });
}

const recordIds = (collection: unknown) =>
  asRecords(collection).map((record) => asString(record?.id));

function checkRef(
  addIssue: AddIssue,
  ids: ReadonlySet<string> | null,
  value: unknown,
  kind: ReferenceKind,
  path: Path,
) {
  if (ids === null || typeof value !== 'string' || ids.has(value)) return;
  addIssue({
    message: `unknown ${kind} "${value}"`,
    path,
    input: value,
    params: { problem: 'unknown-ref', ref: kind, value },
  });
}

/** A list of references names each record once (a repeat would be drawn twice, with one key). */
function checkRefList(
  addIssue: AddIssue,
  ids: ReadonlySet<string> | null,
  values: unknown,
  kind: ReferenceKind,
  path: Path,
) {
  const list = asStrings(values);
  checkUnique(addIssue, list, path, false);
  list.forEach((value, i) => checkRef(addIssue, ids, value, kind, [...path, i]));
}

function checkEvidence(
  addIssue: AddIssue,
  sourceIds: ReadonlySet<string> | null,
  evidence: unknown,
  path: Path,
) {
  checkRefList(addIssue, sourceIds, asRecord(evidence)?.sourceIds, 'source', [
    ...path,
    'sourceIds',
  ]);
}

/**
 * Every id a record names must exist, and ids are unique in their collection. Reads any JSON value,
 * so that a file's problems are all found at once (src/data/parse-dataset.ts).
 */
export function checkReferences(json: unknown, addIssue: AddIssue) {
  const data = asRecord(json) ?? {};
  const sourceIds = idsOf(data.sources);
  const themeIds = idsOf(data.themes);
  const personIds = idsOf(data.people);
  const organizationIds = idsOf(data.organizations);
  const planIds = idsOf(data.plans);
  const sources = asRecords(data.sources);
  const milestones = asRecords(data.milestones);
  const plans = asRecords(data.plans);
  const quotes = asRecords(data.quotes);

  for (const collection of [
    'organizations',
    'people',
    'themes',
    'sources',
    'plans',
    'quotes',
    'milestones',
  ]) {
    checkUnique(addIssue, recordIds(data[collection]), [collection]);
  }

  checkRef(addIssue, planIds, data.featuredPlanId, 'plan', ['featuredPlanId']);
  sources.forEach((source, i) => {
    if (source?.editionIds !== undefined) {
      checkRefList(addIssue, sourceIds, source.editionIds, 'source', ['sources', i, 'editionIds']);
    }
  });
  milestones.forEach((milestone, m) =>
    checkEvidence(addIssue, sourceIds, milestone?.evidence, ['milestones', m, 'evidence']),
  );
  asRecords(data.organizations).forEach((org, i) =>
    checkEvidence(addIssue, sourceIds, org?.evidence, ['organizations', i, 'evidence']),
  );
  asRecords(data.people).forEach((person, i) =>
    checkRef(addIssue, organizationIds, person?.organizationId, 'organization', [
      'people',
      i,
      'organizationId',
    ]),
  );
  plans.forEach((plan, p) => {
    if (plan === undefined) return;
    const at = (...rest: Path): Path => ['plans', p, ...rest];
    const period = asRecord(plan.period);
    const signing = asRecord(plan.signing);
    const areas = asRecords(plan.areas);
    const facts = asRecords(plan.facts);
    checkUnique(addIssue, recordIds(plan.areas), at('areas'));
    checkUnique(addIssue, recordIds(plan.facts), at('facts'));
    checkEvidence(addIssue, sourceIds, period?.evidence, at('period', 'evidence'));
    checkEvidence(addIssue, sourceIds, signing?.evidence, at('signing', 'evidence'));
    checkRefList(
      addIssue,
      personIds,
      signing?.signatoryIds,
      'person',
      at('signing', 'signatoryIds'),
    );
    areas.forEach((area, a) => {
      checkRef(addIssue, themeIds, area?.themeId, 'theme', at('areas', a, 'themeId'));
      checkEvidence(addIssue, sourceIds, area?.evidence, at('areas', a, 'evidence'));
    });
    facts.forEach((fact, f) =>
      checkEvidence(addIssue, sourceIds, fact?.evidence, at('facts', f, 'evidence')),
    );
    const startYear = period?.startYear;
    const endYear = period?.endYear;
    if (typeof startYear === 'number' && typeof endYear === 'number' && endYear < startYear) {
      addIssue({
        message: 'endYear is before startYear',
        params: { problem: 'end-before-start' },
        path: at('period', 'endYear'),
        input: endYear,
      });
    }
  });
  quotes.forEach((quote, q) => {
    checkRef(addIssue, personIds, quote?.personId, 'person', ['quotes', q, 'personId']);
    checkRef(addIssue, planIds, quote?.planId, 'plan', ['quotes', q, 'planId']);
    asRecords(quote?.versions).forEach((version, v) =>
      checkRef(addIssue, sourceIds, version?.sourceId, 'source', [
        'quotes',
        q,
        'versions',
        v,
        'sourceId',
      ]),
    );
  });
}

export const datasetSchema = datasetShapeSchema.check(
  z.superRefine((data, ctx) =>
    checkReferences(data, (issue) => ctx.addIssue({ code: 'custom', ...issue })),
  ),
);
export type Dataset = z.infer<typeof datasetSchema>;
