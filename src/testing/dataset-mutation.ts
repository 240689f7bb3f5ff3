import type { DatasetProblem } from '../data/dataset-error';
import {
  NON_EMPTY_LISTS,
  NULLABLE_KEYS,
  OPTIONAL_KEYS,
  isDate,
  isExtra,
  isRecordCollection,
  isReference,
  isUrl,
  patternOf,
  textLimit,
} from './dataset-format-rules';
import { WRONG_VALUES } from './hostile-values';
import {
  getAt,
  isObject,
  jsonType,
  nodes,
  pathKey,
  setAt,
  type Json,
  type JsonPath,
} from './json-tree';

// Mutations of the bundled dataset for the property-based tests (src/data/dataset-fuzz*.test.tsx).
// Each mutation knows, from the documented data format (README, "The data format") and not from
// the schema's code, what the loader must say about it: nothing, a problem at exactly this path,
// or a broken reference at this path once the shape is right.

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

const choose = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];

const valid: Expectation = { kind: 'valid' };
const unknown: Expectation = { kind: 'unknown' };

/** Applies one mutation in place; returns the new root and what the loader must say. */
export function applyMutation(
  root: Json,
  mutation: Mutation,
): { root: Json; applied: Applied | null } {
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
            : {
                kind: 'shape',
                path: pathKey(node.path),
                // The format's version, whatever its type, is a version the app does not read.
                problems:
                  pathKey(node.path) === 'schemaVersion'
                    ? ['unsupported-version']
                    : ['type', 'value'],
              };
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
