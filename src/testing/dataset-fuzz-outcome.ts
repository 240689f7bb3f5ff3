import type { DatasetIssue, DatasetProblem } from '../data/dataset-error';
import type { Applied, Expectation } from './dataset-mutation';
import { getAt, type Json } from './json-tree';

// What the loader must say about a mutated dataset.

const UNKNOWN: Expectation = { kind: 'unknown' };
const related = (a: string, b: string) =>
  a === b || a === '(root)' || b === '(root)' || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

const CROSS_FIELD: DatasetProblem['kind'][] = ['unknown-ref', 'duplicate', 'end-before-start'];
/** Problems after which zod skips the cross-field checks (references, duplicates). */
const ABORTING: DatasetProblem['kind'][] = ['missing', 'type', 'value', 'other'];

function exists(input: unknown, path: string): boolean {
  if (path === '(root)') return true;
  const parts = path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return getAt(input as Json, parts) !== undefined;
}

/**
 * Every way the outcome of parseDataset can contradict the mutations that were applied: a valid
 * result where a mutation must be refused, a refusal that does not name the mutated path, an issue
 * no mutation explains, a path that leads nowhere.
 */
export function outcomeProblems(
  applied: readonly Applied[],
  input: unknown,
  issues: readonly DatasetIssue[] | null,
): string[] {
  const problems: string[] = [];
  // A later mutation that writes to the same place (or reshapes a list above it) overrides an
  // earlier one's expectation.
  const current = applied.map((mutation, i) => {
    const overridden = applied
      .slice(i + 1)
      .some((later) => later.touched.some((t) => mutation.touched.some((own) => related(t, own))));
    return overridden ? UNKNOWN : mutation.expectation;
  });
  const expected = current.filter((e) => e.kind === 'shape' || e.kind === 'reference');
  const allValid = current.every((e) => e.kind === 'valid');

  if (issues === null) {
    for (const e of expected)
      problems.push(`accepted, but ${e.path} must be reported (${e.problems.join(' or ')})`);
    return problems;
  }
  if (issues.length === 0) problems.push('refused with no issue');
  if (allValid) problems.push('refused, but every change keeps the dataset valid');

  const aborted = issues.some((issue) => ABORTING.includes(issue.problem.kind));
  for (const e of expected) {
    if (e.kind === 'reference' && aborted) continue;
    const found = issues.some(
      (issue) => issue.path === e.path && e.problems.includes(issue.problem.kind),
    );
    if (!found) problems.push(`${e.path} is not reported as ${e.problems.join(' or ')}`);
  }
  const touched = applied.flatMap((a) => a.touched);
  for (const issue of issues) {
    const isMissing = issue.problem.kind === 'missing';
    const place = isMissing ? issue.path.split('.').slice(0, -1).join('.') || '(root)' : issue.path;
    if (!exists(input, place)) problems.push(`issue at ${issue.path} names no place in the file`);
    if (!CROSS_FIELD.includes(issue.problem.kind) && !touched.some((t) => related(t, issue.path)))
      problems.push(`issue at ${issue.path} (${issue.problem.kind}) is explained by no change`);
  }
  return problems;
}
