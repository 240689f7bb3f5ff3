import * as z from 'zod/mini';
import { checkReferences } from './dataset-references';

export type { ReferenceIssue, ReferenceKind } from './dataset-references';

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

export const datasetSchema = datasetShapeSchema.check(
  z.superRefine((data, ctx) =>
    checkReferences(data, (issue) => ctx.addIssue({ code: 'custom', ...issue })),
  ),
);
export type Dataset = z.infer<typeof datasetSchema>;
