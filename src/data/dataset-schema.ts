import * as z from 'zod/mini';

// zod/mini rather than zod: the same validation for about a fifth of the bytes in the
// entry chunk (see ../shared/TOOLCHAIN.md), and z.toJSONSchema still works on it.

/**
 * The version this app writes. Version 2 added quotations in parts and an original language that
 * may be unknown; a version 1 file (one text per quotation) still loads as it is.
 */
export const SCHEMA_VERSION = 2;
export const READABLE_SCHEMA_VERSIONS = [1, 2] as const;

// At most 64 characters: a link carries plan and theme ids (src/url-state/url-state.ts), and a
// longer one could be shown but never chosen.
const id = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'), z.maxLength(64));
const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(2000));

export const localizedSchema = z.object({ fr: text, en: text });
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
  title: text,
  publisher: text,
  language: z.enum(['fr', 'en']),
  date: partialDateSchema,
  /** How the date is known, where the source does not print it (an inferred date says so). */
  dateNote: z.optional(localizedSchema),
  /** What a reader should know of this copy (e.g. it is known here through a republication). */
  note: z.optional(localizedSchema),
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
        });
      }
      if (version.parts?.[0]?.before !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'the first part follows nothing: words before it are not part of the quotation',
          path: ['parts', 0, 'before'],
          input: version.parts[0].before,
        });
      }
    }),
  );
export type QuoteVersion = z.infer<typeof quoteVersionSchema>;

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
});
export type Quote = z.infer<typeof quoteSchema>;

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
});

type DatasetShape = z.infer<typeof datasetShapeSchema>;
type Ctx = Parameters<Parameters<typeof z.superRefine<DatasetShape>>[0]>[1];
type Path = (string | number)[];

function checkUnique(ctx: Ctx, records: readonly { id: string }[], path: Path, isRecord = true) {
  const seen = new Set<string>();
  records.forEach((record, index) => {
    if (seen.has(record.id)) {
      ctx.addIssue({
        code: 'custom',
        message: `duplicate id "${record.id}"`,
        path: isRecord ? [...path, index, 'id'] : [...path, index],
        input: record.id,
        params: { problem: 'duplicate', value: record.id },
      });
    }
    seen.add(record.id);
  });
}

export type ReferenceKind = 'source' | 'theme' | 'person' | 'organization' | 'plan';

function checkRef(
  ctx: Ctx,
  ids: ReadonlySet<string>,
  value: string,
  kind: ReferenceKind,
  path: Path,
) {
  if (!ids.has(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown ${kind} "${value}"`,
      path,
      input: value,
      params: { problem: 'unknown-ref', ref: kind, value },
    });
  }
}

/** A list of references names each record once (a repeat would be drawn twice, with one key). */
function checkRefList(
  ctx: Ctx,
  ids: ReadonlySet<string>,
  values: readonly string[],
  kind: ReferenceKind,
  path: Path,
) {
  checkUnique(
    ctx,
    values.map((id) => ({ id })),
    path,
    false,
  );
  values.forEach((value, i) => checkRef(ctx, ids, value, kind, [...path, i]));
}

function checkEvidence(
  ctx: Ctx,
  sourceIds: ReadonlySet<string>,
  evidence: { sourceIds: string[] },
  path: Path,
) {
  checkRefList(ctx, sourceIds, evidence.sourceIds, 'source', [...path, 'sourceIds']);
}

/** Every id a record names must exist, and ids are unique in their collection. */
function checkReferences(data: DatasetShape, ctx: Ctx) {
  const ids = (records: readonly { id: string }[]) => new Set(records.map((r) => r.id));
  const sourceIds = ids(data.sources);
  const themeIds = ids(data.themes);
  const personIds = ids(data.people);
  const organizationIds = ids(data.organizations);
  const planIds = ids(data.plans);

  checkUnique(ctx, data.organizations, ['organizations']);
  checkUnique(ctx, data.people, ['people']);
  checkUnique(ctx, data.themes, ['themes']);
  checkUnique(ctx, data.sources, ['sources']);
  checkUnique(ctx, data.plans, ['plans']);
  checkUnique(ctx, data.quotes, ['quotes']);

  checkRef(ctx, planIds, data.featuredPlanId, 'plan', ['featuredPlanId']);
  data.organizations.forEach((org, i) =>
    checkEvidence(ctx, sourceIds, org.evidence, ['organizations', i, 'evidence']),
  );
  data.people.forEach((person, i) =>
    checkRef(ctx, organizationIds, person.organizationId, 'organization', [
      'people',
      i,
      'organizationId',
    ]),
  );
  data.plans.forEach((plan, p) => {
    const at = (...rest: Path): Path => ['plans', p, ...rest];
    checkUnique(ctx, plan.areas, at('areas'));
    checkUnique(ctx, plan.facts, at('facts'));
    checkEvidence(ctx, sourceIds, plan.period.evidence, at('period', 'evidence'));
    checkEvidence(ctx, sourceIds, plan.signing.evidence, at('signing', 'evidence'));
    checkRefList(
      ctx,
      personIds,
      plan.signing.signatoryIds,
      'person',
      at('signing', 'signatoryIds'),
    );
    plan.areas.forEach((area, a) => {
      checkRef(ctx, themeIds, area.themeId, 'theme', at('areas', a, 'themeId'));
      checkEvidence(ctx, sourceIds, area.evidence, at('areas', a, 'evidence'));
    });
    plan.facts.forEach((fact, f) =>
      checkEvidence(ctx, sourceIds, fact.evidence, at('facts', f, 'evidence')),
    );
    const { startYear, endYear } = plan.period;
    if (startYear !== null && endYear !== null && endYear < startYear) {
      ctx.addIssue({
        code: 'custom',
        message: 'endYear is before startYear',
        params: { problem: 'end-before-start' },
        path: at('period', 'endYear'),
        input: endYear,
      });
    }
  });
  data.quotes.forEach((quote, q) => {
    checkRef(ctx, personIds, quote.personId, 'person', ['quotes', q, 'personId']);
    checkRef(ctx, planIds, quote.planId, 'plan', ['quotes', q, 'planId']);
    quote.versions.forEach((version, v) =>
      checkRef(ctx, sourceIds, version.sourceId, 'source', [
        'quotes',
        q,
        'versions',
        v,
        'sourceId',
      ]),
    );
  });
}

export const datasetSchema = datasetShapeSchema.check(z.superRefine(checkReferences));
export type Dataset = z.infer<typeof datasetSchema>;
