import type { core } from 'zod/mini';
import { checkReferences, type ReferenceIssue } from './dataset-references';
import { datasetSchema, READABLE_SCHEMA_VERSIONS, type Dataset } from './dataset-schema';
import { DatasetError, formatIssuePath, type DatasetProblem } from './dataset-error';

/** Validates parsed JSON against the schema, or throws a DatasetError listing every issue. */
export function parseDataset(json: unknown, url: string): Dataset {
  // reportInput lets a problem tell a missing value from a wrong-typed one.
  const result = datasetSchema.safeParse(json, { reportInput: true });
  if (result.success) return result.data;
  const issues: core.$ZodIssue[] = [...result.error.issues];
  // zod skips the reference check once the shape has an issue: run it on the file as it is, so
  // that a reader mends every problem in one go, not in instalments.
  const seen = new Set(issues.map(issueKey));
  checkReferences(json, (found: ReferenceIssue) => {
    const issue: core.$ZodIssue = { code: 'custom', ...found };
    if (!seen.has(issueKey(issue))) issues.push(issue);
  });
  throw new DatasetError('schema', url, {
    issues: issues.map((issue) => ({
      path: formatIssuePath(issue.path),
      message: issue.message,
      problem: toProblem(issue),
    })),
  });
}

const issueKey = (issue: core.$ZodIssue) => `${formatIssuePath(issue.path)}\n${issue.message}`;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function toProblem(issue: core.$ZodIssue): DatasetProblem {
  if (issue.path.length === 1 && issue.path[0] === 'schemaVersion') {
    return issue.input === undefined
      ? { kind: 'missing' }
      : {
          kind: 'unsupported-version',
          value:
            typeof issue.input === 'number' || typeof issue.input === 'string'
              ? String(issue.input)
              : typeOf(issue.input),
          supported: READABLE_SCHEMA_VERSIONS.map(String),
        };
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { kind: 'missing' }
        : { kind: 'type', expected: issue.expected, received: typeOf(issue.input) };
    case 'too_small':
      return { kind: 'too-small', minimum: Number(issue.minimum) };
    case 'too_big':
      return { kind: 'too-big', maximum: Number(issue.maximum) };
    case 'invalid_format':
      return { kind: 'format', format: issue.format };
    case 'invalid_value':
      // A missing enum or literal (level, language, schemaVersion) is missing, not unexpected.
      return issue.input === undefined
        ? { kind: 'missing' }
        : { kind: 'value', values: issue.values.map(String) };
    case 'custom': {
      const params = issue.params ?? {};
      if (params.problem === 'unknown-ref')
        return { kind: 'unknown-ref', ref: params.ref, value: params.value };
      if (params.problem === 'duplicate') return { kind: 'duplicate', value: params.value };
      if (params.problem === 'end-before-start') return { kind: 'end-before-start' };
      if (params.problem === 'parts-and-text') return { kind: 'parts-and-text' };
      if (params.problem === 'before-first-part') return { kind: 'before-first-part' };
      if (params.problem === 'format') return { kind: 'format', format: String(params.format) };
      return { kind: 'other' };
    }
    default:
      return { kind: 'other' };
  }
}
