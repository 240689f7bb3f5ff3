import fc from 'fast-check';
import type { DatasetIssue, DatasetProblem } from '../data/dataset-error';
import { bundledDatasetJson } from './dataset-builders';

// Mutations of the bundled dataset for the property-based tests (src/data/dataset-fuzz*.test.tsx).
// Each mutation knows, from the documented data format (README, "The data format") and not from
// the schema's code, what the loader must say about it: nothing, a problem at exactly this path,
// or a broken reference at this path once the shape is right.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonPath = (string | number)[];

/** The same dotted form as DatasetIssue.path ("plans.3.areas.0.themeId", "(root)"). */
export const pathKey = (path: readonly (string | number)[]) =>
  path.length === 0 ? '(root)' : path.join('.');

/** "plans.3.areas.0.themeId" → "plans.*.areas.*.themeId": the place in the format. */
const patternOf = (path: JsonPath) =>
  path.map((part) => (typeof part === 'number' ? '*' : part)).join('.');

const OPTIONAL_KEYS = new Set(['note', 'dateNote', 'before', 'editionIds', 'milestones']);
const NULLABLE_KEYS = new Set([
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
const RECORD_COLLECTIONS = new Set([
  'organizations',
  'people',
  'themes',
  'sources',
  'plans',
  'quotes',
  'milestones',
  'plans.*.areas',
  'plans.*.facts',
]);
const NON_EMPTY_LISTS = new Set([
  'themes',
  'plans',
  'quotes.*.versions',
  'quotes.*.versions.*.parts',
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

const isExtra = (path: JsonPath) =>
  path.some((part) => typeof part === 'string' && EXTRA.has(part));

/** Free text a reader sees, with its maximum length; null for ids, dates, enums and addresses. */
export function textLimit(path: JsonPath): number | null {
  const pattern = patternOf(path);
  if (/\.(fr|en)$/.test(pattern)) return 2000;
  if (['people.*.name', 'sources.*.title', 'sources.*.publisher'].includes(pattern)) return 2000;
  if (pattern === 'quotes.*.versions.*.parts.*.text') return 4000;
  if (pattern === 'quotes.*.versions.*.parts.*.before') return 2000;
  return null;
}
const isReference = (path: JsonPath) => REFERENCES.some(([re]) => re.test(patternOf(path)));
const isUrl = (path: JsonPath) => patternOf(path) === 'sources.*.url';
const isDate = (path: JsonPath) =>
  ['sources.*.date', 'quotes.*.date', 'plans.*.signing.announcedOn', 'milestones.*.date'].includes(
    patternOf(path),
  );
const isRecordCollection = (path: JsonPath) => RECORD_COLLECTIONS.has(patternOf(path));

type JsonType = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';
const jsonType = (value: Json | undefined): JsonType | 'undefined' =>
  value === undefined
    ? 'undefined'
    : value === null
      ? 'null'
      : Array.isArray(value)
        ? 'array'
        : (typeof value as 'boolean' | 'number' | 'string' | 'object');
const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  jsonType(value) === 'object';

export function getAt(root: Json, path: JsonPath): Json | undefined {
  let node: Json | undefined = root;
  for (const part of path) {
    if (Array.isArray(node) && typeof part === 'number') node = node[part];
    else if (isObject(node) && typeof part === 'string' && Object.hasOwn(node, part))
      node = node[part];
    else return undefined;
  }
  return node;
}

/** Sets a value in place (an own property even for "__proto__"); returns the new root. */
function setAt(root: Json, path: JsonPath, value: Json): Json {
  if (path.length === 0) return value;
  const parent = getAt(root, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = value;
  else if (isObject(parent))
    Object.defineProperty(parent, String(last), {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return root;
}

interface Node {
  path: JsonPath;
  value: Json;
}

function nodes(root: Json): Node[] {
  const out: Node[] = [];
  const visit = (value: Json, path: JsonPath) => {
    out.push({ path, value });
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (isObject(value))
      for (const key of Object.keys(value)) visit(value[key]!, [...path, key]);
  };
  visit(root, []);
  return out;
}

const related = (a: string, b: string) =>
  a === b || a === '(root)' || b === '(root)' || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** What the loader must report for one mutation, on its own. */
export type Expectation =
  | { kind: 'valid' }
  | { kind: 'shape'; path: string; problems: DatasetProblem['kind'][] }
  | { kind: 'reference'; path: string; problems: DatasetProblem['kind'][] }
  | { kind: 'unknown' };

export interface Applied {
  description: string;
  /** Places this mutation wrote to, or whose shape (list indices) it changed. */
  touched: string[];
  expectation: Expectation;
}

// ---------------------------------------------------------------------------------------------
// Hostile values

/** Markup, script and template syntax: must only ever show as text. */
export const MARKUP = [
  '<script>globalThis.__fuzzPwned = 1</script>',
  '<img src=x onerror="globalThis.__fuzzPwned = 1">',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  '<a href="javascript:alert(1)">clic</a>',
  '<style>*{display:none}</style>',
  '<b>gras</b></textarea></title>',
  '<!--',
  '<![CDATA[x]]>',
];
const TEMPLATE_LIKE = [
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '{count}',
  '{plan}',
  '{0}',
  '{name, plural, one {#} other {#}}',
  '#',
  '&amp; &lt;b&gt; &#x3C;',
  'javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '%s %n %x',
  '\\u003cscript\\u003e',
];
const RIGHT_TO_LEFT = [
  'مكتب الأمم المتحدة المعني بالمخدرات والجريمة',
  'הארגון לביטחון ולשיתוף פעולה באירופה',
  'ﷺ ﷽',
  '\u202Eevil.exe\u202C',
  '\u2067isolé\u2069 et \u2066pas fermé',
  'abc\u200Fdef\u200E',
];
const ODD = [
  '👩🏽‍⚖️🇺🇳',
  'Z̴̧̛a̶l̵g̷o̸',
  'e\u0301',
  'nul\u0000byte',
  'zero\u200Bwidth',
  'retour\r\nchariot',
  '__proto__',
  'constructor',
  'undefined',
  'null',
  'NaN',
  '0',
];
const FRAGMENTS = [...MARKUP, ...TEMPLATE_LIKE, ...RIGHT_TO_LEFT, ...ODD, ' ', 'réforme'];

const notBlank = (text: string) => text.trim().length > 0;

/** Short text that the format accepts but a page must escape. */
const shortHostileTextArb: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
    {
      weight: 4,
      arbitrary: fc
        .array(fc.constantFrom(...FRAGMENTS), { minLength: 2, maxLength: 6 })
        .map((parts) => parts.join(' ')),
    },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }) },
  )
  .filter(notBlank);

/** Text that the format accepts (1 to 2,000 characters once trimmed) but a page must escape. */
export const hostileTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: shortHostileTextArb },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('x', 'ש', 'ع ', '<b>', 'é\u0301'), fc.integer({ min: 500, max: 1990 }))
      .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
  },
);

const BAD_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(document.domain)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript://example.org/%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/1b2c',
  '//evil.example/x',
  'https:/evil.example',
  'http://',
  'ftp://example.org/',
  'about:blank',
  'mailto:someone@example.org',
  '/relative/path',
];
const GOOD_URLS = [
  'https://example.org/',
  'http://example.org/a?b=<script>alert(1)</script>',
  'https://example.org/"onmouseover="alert(1)',
  'https://example.org/#javascript:alert(1)',
  'https://example.org/ש/ملف',
  `https://example.org/${'a'.repeat(3000)}`,
];
const WRONG_VALUES: Json[] = [
  42,
  -1,
  3.5,
  true,
  false,
  'texte',
  '',
  [],
  [1, 'x'],
  {},
  { fr: 1 },
  null,
];
const GHOST_IDS = ['ghost-1', 'ghost-2', 'constructor', 'prototype', 'tostring', 'hasownproperty'];
const BLANKS = ['', ' ', '   ', '\t\n', '\u00a0', '\u3000', '\ufeff \u2028'];
const NUMBER_EDGES = [-1, 0, 1.5, 2 ** 53, 1899, 2201, 1e21];

// ---------------------------------------------------------------------------------------------
// Mutations: abstract choices (which node, which value) that apply to whatever state they meet.

export type Mutation =
  | { op: 'hostile-text'; pick: number; text: string }
  | { op: 'hostile-everywhere'; texts: string[] }
  | { op: 'markup-in-every-string'; markup: string }
  | { op: 'delete'; pick: number }
  | { op: 'wrong-type'; pick: number; variant: number }
  | { op: 'huge'; pick: number; length: number; unit: string }
  | { op: 'blank'; pick: number; blank: string }
  | { op: 'bad-url'; pick: number; url: string }
  | { op: 'good-url'; pick: number; url: string }
  | { op: 'broken-ref'; pick: number; id: string }
  | { op: 'duplicate-id'; pick: number; first: number; second: number }
  | { op: 'empty-list'; pick: number }
  | { op: 'extra-field'; pick: number; key: string; value: Json }
  | { op: 'duplicate-item'; pick: number; item: number }
  | { op: 'remove-item'; pick: number; item: number }
  | { op: 'number-edge'; pick: number; value: number }
  | { op: 'date'; pick: number; date: string }
  | { op: 'long-id'; pick: number; length: number }
  | { op: 'end-before-start'; pick: number };

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

const choose = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];

const valid: Expectation = { kind: 'valid' };
const unknown: Expectation = { kind: 'unknown' };

/** Applies one mutation in place; returns the new root and what the loader must say. */
function applyOne(root: Json, mutation: Mutation): { root: Json; applied: Applied | null } {
  const all = nodes(root);
  const strings = all.filter((n) => typeof n.value === 'string');
  const texts = all.filter((n) => textLimit(n.path) !== null && !isExtra(n.path));
  const arrays = all.filter((n) => Array.isArray(n.value));
  const done = (description: string, touched: string[], expectation: Expectation) => ({
    root,
    applied: { description, touched, expectation },
  });
  const nothing = { root, applied: null };
  const at = (path: JsonPath, how: string) => `${how} at ${pathKey(path)}`;

  switch (mutation.op) {
    case 'hostile-text': {
      const node = choose(texts, mutation.pick);
      if (!node) return nothing;
      root = setAt(root, node.path, mutation.text);
      return done(
        at(node.path, `text ${JSON.stringify(mutation.text.slice(0, 60))}`),
        [pathKey(node.path)],
        valid,
      );
    }
    case 'hostile-everywhere': {
      texts.forEach((node, i) => {
        const text = `${node.value as string} ${mutation.texts[i % mutation.texts.length]!}`;
        root = setAt(root, node.path, text.length <= 2000 ? text : mutation.texts[0]!);
      });
      return done(
        'hostile text in every text field',
        texts.map((n) => pathKey(n.path)),
        valid,
      );
    }
    case 'markup-in-every-string': {
      const targets = strings.filter((n) => !isExtra(n.path));
      for (const node of targets)
        root = setAt(root, node.path, `${node.value as string}${mutation.markup}`);
      const rootId = isObject(root) && typeof root.id === 'string';
      return done(
        `${mutation.markup} appended to every string`,
        targets.map((n) => pathKey(n.path)),
        rootId ? { kind: 'shape', path: 'id', problems: ['format'] } : unknown,
      );
    }
    case 'delete': {
      const candidates = all.filter((n) => typeof n.path[n.path.length - 1] === 'string');
      const node = choose(candidates, mutation.pick);
      if (!node) return nothing;
      const parent = getAt(root, node.path.slice(0, -1));
      if (isObject(parent)) delete parent[String(node.path[node.path.length - 1])];
      const key = String(node.path[node.path.length - 1]);
      return done(
        at(node.path, 'deleted'),
        [pathKey(node.path)],
        isExtra(node.path) || OPTIONAL_KEYS.has(key)
          ? valid
          : { kind: 'shape', path: pathKey(node.path), problems: ['missing'] },
      );
    }
    case 'wrong-type': {
      const node = choose(all, mutation.pick);
      if (!node) return nothing;
      const type = jsonType(node.value);
      const value = choose(
        WRONG_VALUES.filter((v) => jsonType(v) !== type),
        mutation.variant,
      )!;
      root = setAt(root, node.path, value);
      const key = node.path[node.path.length - 1];
      const isNullable = typeof key === 'string' && NULLABLE_KEYS.has(key);
      // A nullable field that held null accepts its other type too: whether 42 fits is unknown.
      const expectation: Expectation = isExtra(node.path)
        ? valid
        : isNullable && value === null
          ? valid
          : isNullable && type === 'null'
            ? unknown
            : { kind: 'shape', path: pathKey(node.path), problems: ['type', 'value'] };
      return done(
        at(node.path, `${type} replaced by ${JSON.stringify(value)}`),
        [pathKey(node.path)],
        expectation,
      );
    }
    case 'huge': {
      const node = choose(strings, mutation.pick);
      if (!node) return nothing;
      const value = mutation.unit
        .repeat(Math.ceil(mutation.length / mutation.unit.length))
        .slice(0, mutation.length);
      root = setAt(root, node.path, value);
      const limit = textLimit(node.path);
      return done(
        at(node.path, `${mutation.length} × ${JSON.stringify(mutation.unit)}`),
        [pathKey(node.path)],
        isExtra(node.path)
          ? valid
          : limit !== null && mutation.length > limit
            ? { kind: 'shape', path: pathKey(node.path), problems: ['too-big'] }
            : unknown,
      );
    }
    case 'blank': {
      const node = choose(texts, mutation.pick);
      if (!node) return nothing;
      root = setAt(root, node.path, mutation.blank);
      return done(at(node.path, `blank ${JSON.stringify(mutation.blank)}`), [pathKey(node.path)], {
        kind: 'shape',
        path: pathKey(node.path),
        problems: ['too-small'],
      });
    }
    case 'bad-url':
    case 'good-url': {
      const node = choose(
        all.filter((n) => isUrl(n.path)),
        mutation.pick,
      );
      if (!node) return nothing;
      root = setAt(root, node.path, mutation.url);
      return done(
        at(node.path, `url ${JSON.stringify(mutation.url.slice(0, 60))}`),
        [pathKey(node.path)],
        mutation.op === 'good-url'
          ? valid
          : { kind: 'shape', path: pathKey(node.path), problems: ['format'] },
      );
    }
    case 'broken-ref': {
      const node = choose(
        all.filter((n) => isReference(n.path) && !isExtra(n.path)),
        mutation.pick,
      );
      if (!node) return nothing;
      root = setAt(root, node.path, mutation.id);
      return done(at(node.path, `reference to ${mutation.id}`), [pathKey(node.path)], {
        kind: 'reference',
        path: pathKey(node.path),
        problems: ['unknown-ref'],
      });
    }
    case 'duplicate-id': {
      const collection = choose(
        arrays.filter((n) => isRecordCollection(n.path) && (n.value as Json[]).length >= 2),
        mutation.pick,
      );
      if (!collection) return nothing;
      const items = collection.value as Json[];
      const a = mutation.first % items.length;
      let b = mutation.second % items.length;
      if (a === b) b = (b + 1) % items.length;
      const [first, second] = a < b ? [a, b] : [b, a];
      const source = items[first];
      const target = items[second];
      if (!isObject(source) || !isObject(target) || typeof source.id !== 'string') return nothing;
      target.id = source.id;
      const path = pathKey([...collection.path, second, 'id']);
      return done(
        `${path} set to the id of item ${first}`,
        [pathKey([...collection.path, first, 'id']), path],
        {
          kind: 'reference',
          path,
          problems: ['duplicate'],
        },
      );
    }
    case 'empty-list': {
      const node = choose(arrays, mutation.pick);
      if (!node) return nothing;
      root = setAt(root, node.path, []);
      return done(
        at(node.path, 'emptied'),
        [pathKey(node.path)],
        isExtra(node.path)
          ? valid
          : NON_EMPTY_LISTS.has(patternOf(node.path))
            ? { kind: 'shape', path: pathKey(node.path), problems: ['too-small'] }
            : unknown,
      );
    }
    case 'extra-field': {
      const node = choose(
        all.filter((n) => isObject(n.value)),
        mutation.pick,
      );
      if (!node) return nothing;
      root = setAt(root, [...node.path, mutation.key], mutation.value);
      return done(at([...node.path, mutation.key], 'extra field'), [], valid);
    }
    case 'duplicate-item': {
      const node = choose(
        arrays.filter((n) => (n.value as Json[]).length > 0),
        mutation.pick,
      );
      if (!node) return nothing;
      const items = node.value as Json[];
      const copy = structuredClone(items[mutation.item % items.length]!);
      items.push(copy);
      const copyPath = [...node.path, items.length - 1];
      // A record repeats its id; an id in a list of references repeats a reference.
      const expectation: Expectation = isExtra(node.path)
        ? valid
        : isRecordCollection(node.path) && isObject(copy) && typeof copy.id === 'string'
          ? { kind: 'reference', path: pathKey([...copyPath, 'id']), problems: ['duplicate'] }
          : isReference(copyPath) && typeof copy === 'string'
            ? { kind: 'reference', path: pathKey(copyPath), problems: ['duplicate'] }
            : unknown;
      return done(at(copyPath, 'copy of an item'), [pathKey(node.path)], expectation);
    }
    case 'remove-item': {
      const node = choose(
        arrays.filter((n) => (n.value as Json[]).length > 0),
        mutation.pick,
      );
      if (!node) return nothing;
      const items = node.value as Json[];
      const index = mutation.item % items.length;
      items.splice(index, 1);
      return done(
        at([...node.path, index], 'removed'),
        [pathKey(node.path)],
        isExtra(node.path) ? valid : unknown,
      );
    }
    case 'number-edge': {
      const node = choose(
        all.filter((n) => typeof n.value === 'number'),
        mutation.pick,
      );
      if (!node) return nothing;
      root = setAt(root, node.path, mutation.value);
      return done(
        at(node.path, `number ${mutation.value}`),
        [pathKey(node.path)],
        isExtra(node.path) ? valid : unknown,
      );
    }
    case 'date': {
      const node = choose(
        all.filter((n) => isDate(n.path)),
        mutation.pick,
      );
      if (!node) return nothing;
      root = setAt(root, node.path, mutation.date);
      return done(at(node.path, `date ${mutation.date}`), [pathKey(node.path)], unknown);
    }
    case 'long-id': {
      const node = choose(
        // Plans and themes: the ids a link carries (?plan=…, ?themes=…).
        all.filter((n) => ['plans.*.id', 'themes.*.id'].includes(patternOf(n.path))),
        mutation.pick,
      );
      if (!node) return nothing;
      const value = `${'a'.repeat(mutation.length - 2)}-${mutation.pick % 10}`;
      root = setAt(root, node.path, value);
      return done(
        at(node.path, `id of ${mutation.length} characters`),
        [pathKey(node.path)],
        unknown,
      );
    }
    case 'end-before-start': {
      const node = choose(
        all.filter((n) => patternOf(n.path) === 'plans.*.period'),
        mutation.pick,
      );
      if (!node || !isObject(node.value)) return nothing;
      node.value.startYear = 2019;
      node.value.endYear = 2018;
      const path = [...node.path, 'endYear'];
      return done(
        at(node.path, 'end year before start year'),
        [pathKey([...node.path, 'startYear']), pathKey(path)],
        {
          kind: 'reference',
          path: pathKey(path),
          problems: ['end-before-start'],
        },
      );
    }
  }
}

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
    const result = applyOne(root, mutation);
    root = result.root;
    if (result.applied) applied.push(result.applied);
  }
  const text = JSON.stringify(root);
  return { text, input: JSON.parse(text) as unknown, applied };
}

export function describeCase(applied: readonly Applied[]): string {
  return applied.map((a) => a.description).join('; ') || '(no change)';
}

// ---------------------------------------------------------------------------------------------
// What the loader must say about a mutated dataset

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
    return overridden ? unknown : mutation.expectation;
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

// ---------------------------------------------------------------------------------------------

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
