// The JSON tree the fuzz mutates: walk it, read and write one place, name a place the way the
// loader's issues do.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonPath = (string | number)[];

/** The same dotted form as DatasetIssue.path ("plans.3.areas.0.themeId", "(root)"). */
export const pathKey = (path: readonly (string | number)[]) =>
  path.length === 0 ? '(root)' : path.join('.');

type JsonType = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';
export const jsonType = (value: Json | undefined): JsonType | 'undefined' =>
  value === undefined
    ? 'undefined'
    : value === null
      ? 'null'
      : Array.isArray(value)
        ? 'array'
        : (typeof value as 'boolean' | 'number' | 'string' | 'object');
export const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
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
export function setAt(root: Json, path: JsonPath, value: Json): Json {
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

export function nodes(root: Json): Node[] {
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
