import fc from 'fast-check';
import { bundledDatasetJson } from './dataset-builders';
import { EXTRA_KEYS } from './dataset-format-rules';
import { applyMutation, type Applied, type Mutation } from './dataset-mutation';
import {
  BAD_URLS,
  BLANKS,
  GHOST_IDS,
  GOOD_URLS,
  MARKUP,
  NUMBER_EDGES,
  hostileTextArb,
  shortHostileTextArb,
} from './hostile-values';
import type { Json } from './json-tree';

// The cases the property-based tests (src/data/dataset-fuzz*.test.tsx, src/deck/select-slides-fuzz)
// draw: a few mutations of the bundled dataset each, from a seed that any run prints.

const pick = fc.nat();
const dateArb = fc
  .tuple(
    fc.constantFrom(
      '0000',
      '0001',
      '0050',
      '0099',
      '0999',
      '1000',
      '1999',
      '2000',
      '2018',
      '2019',
      '9999',
    ),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.constantFrom('year', 'month', 'day', 'day', 'day'),
  )
  .map(([year, month, day, precision]) => {
    const two = (n: number) => String(n).padStart(2, '0');
    if (precision === 'year') return year;
    if (precision === 'month') return `${year}-${two(month)}`;
    return `${year}-${two(month)}-${two(day)}`;
  });

const extraValue: fc.Arbitrary<Json> = fc.constantFrom<Json>(
  '<script>globalThis.__fuzzPwned = 1</script>',
  { __html: '<img src=x onerror="globalThis.__fuzzPwned = 1">' },
  { polluted: true },
  ['x', 1, null],
  1e308,
  null,
);

/** Mutations after which the dataset is still valid: hostile, but only ever text. */
export const validMutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constant('hostile-text'), pick, text: hostileTextArb }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('hostile-everywhere'),
      // Short: a page of 200 texts of 2,000 characters each tells nothing more, only slower.
      texts: fc.array(shortHostileTextArb, { minLength: 1, maxLength: 4 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('good-url'), pick, url: fc.constantFrom(...GOOD_URLS) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('extra-field'),
      pick,
      key: fc.constantFrom(...EXTRA_KEYS),
      value: extraValue,
    }),
  },
) as fc.Arbitrary<Mutation>;

/** Any mutation: most of them break the dataset somewhere. */
export const anyMutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: validMutationArb },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('markup-in-every-string'),
      markup: fc.constantFrom(...MARKUP),
    }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete'), pick }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('wrong-type'), pick, variant: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('huge'),
      pick,
      length: fc.constantFrom(2001, 4001, 100_000),
      unit: fc.constantFrom('x', 'ש', '\u202E', '<b>'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('blank'), pick, blank: fc.constantFrom(...BLANKS) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('bad-url'), pick, url: fc.constantFrom(...BAD_URLS) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('broken-ref'),
      pick,
      id: fc.constantFrom(...GHOST_IDS),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('duplicate-id'),
      pick,
      first: fc.nat(),
      second: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('empty-list'), pick }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate-item'), pick, item: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove-item'), pick, item: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('number-edge'),
      pick,
      value: fc.constantFrom(...NUMBER_EDGES),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('date'), pick, date: dateArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('long-id'),
      pick,
      length: fc.constantFrom(64, 65, 300),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('end-before-start'), pick }) },
) as fc.Arbitrary<Mutation>;

/** Half the cases keep the dataset valid (and are drawn); half break it (and are reported). */
export const mutationsArb: fc.Arbitrary<Mutation[]> = fc.oneof(
  fc.array(validMutationArb, { minLength: 1, maxLength: 5 }),
  fc.array(anyMutationArb, { minLength: 1, maxLength: 4 }),
);

export interface MutatedCase {
  /** The body as the server would send it. */
  text: string;
  /** The parsed body, as the loader sees it. */
  input: unknown;
  applied: Applied[];
}

/** A fresh copy of the bundled dataset with the mutations applied, as JSON text. */
export function mutateDataset(mutations: readonly Mutation[]): MutatedCase {
  let root = bundledDatasetJson() as unknown as Json;
  const applied: Applied[] = [];
  for (const mutation of mutations) {
    const result = applyMutation(root, mutation);
    root = result.root;
    if (result.applied) applied.push(result.applied);
  }
  const text = JSON.stringify(root);
  return { text, input: JSON.parse(text) as unknown, applied };
}

export function describeCase(applied: readonly Applied[]): string {
  return applied.map((a) => a.description).join('; ') || '(no change)';
}

/** The day the dataset's primary source was published: the default seed, for reproducible runs. */
const DEFAULT_SEED = 20180131;

/**
 * Seed and number of cases, from FUZZ_SEED (a number, or "random") and FUZZ_RUNS (FUZZ_APP_RUNS for
 * the whole-app cases); printed so that any run can be replayed:
 * `FUZZ_SEED=… FUZZ_RUNS=… npx vitest run src/data/dataset-fuzz`.
 */
export function fuzzSettings(
  name: string,
  defaultRuns: number,
  runsVariable = 'FUZZ_RUNS',
): { seed: number; runs: number } {
  const rawSeed = process.env.FUZZ_SEED;
  const seed =
    rawSeed === 'random'
      ? Math.floor(Math.random() * 2 ** 31)
      : rawSeed
        ? Number.parseInt(rawSeed, 10)
        : DEFAULT_SEED;
  const rawRuns = Number.parseInt(process.env[runsVariable] ?? '', 10);
  const runs = Number.isFinite(rawRuns) && rawRuns > 0 ? rawRuns : defaultRuns;
  if (!Number.isFinite(seed)) throw new Error(`FUZZ_SEED must be a number or "random": ${rawSeed}`);
  console.info(
    `${name}: seed ${seed}, ${runs} cases (replay: FUZZ_SEED=${seed} ${runsVariable}=${runs})`,
  );
  return { seed, runs };
}
