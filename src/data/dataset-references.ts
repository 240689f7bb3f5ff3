// The checks a schema cannot state: every id a record names exists, and ids are unique in their
// collection. Kept apart from the shapes (dataset-schema.ts), which run them after parsing.

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

/** The dataset's lists of records with an id of their own, each unique in its list. */
export const RECORD_COLLECTIONS = [
  'organizations',
  'people',
  'themes',
  'sources',
  'plans',
  'quotes',
  'milestones',
] as const;

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

  for (const collection of RECORD_COLLECTIONS) {
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
