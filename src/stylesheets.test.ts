import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The first load's stylesheet (src/index.css) is generated from every file the dashboard can run;
// the deck's (src/features/briefing/deck.css) from the files only the deck runs, and it travels
// with the deck's lazy chunk. Both list those files by name: these tests say which list is out of
// date when a file is added, moved or starts being used by the other side.
const src = import.meta.dirname;
const DECK_ENTRY = 'app/presentation.tsx';

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function resolveModule(from: string, specifier: string): string | null {
  const base = resolve(dirname(join(src, from)), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`]) {
    if (existsSync(candidate) && /\.(tsx?|css)$/.test(candidate)) return relative(src, candidate);
  }
  return null;
}

/** Every module reachable from `entry` through runtime imports (type-only imports load nothing). */
function reachable(
  entry: string,
  skip: (module: string, isDynamic: boolean) => boolean,
): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (file.endsWith('.css')) return;
    for (const match of readFileSync(join(src, file), 'utf8').matchAll(IMPORT)) {
      const [, typeOnly, specifier, dynamic] = match;
      if (typeOnly) continue;
      const module = resolveModule(file, (specifier ?? dynamic)!);
      if (module && !skip(module, dynamic !== undefined)) visit(module);
    }
  };
  visit(entry);
  return seen;
}

/** The modules named by `@source "…"` (or `@source not "…"`) lines, relative to src/. */
function sourceModules(cssFile: string, negated: boolean): string[] {
  const css = readFileSync(join(src, cssFile), 'utf8');
  const line = negated ? /@source\s+not\s+['"]([^'"]+)['"]/g : /@source\s+['"]([^'"]+)['"]/g;
  return [...css.matchAll(line)]
    .map(([, path]) => relative(src, resolve(dirname(join(src, cssFile)), path!)))
    .filter((path) => /\.tsx?$/.test(path) && !path.includes('*'))
    .sort();
}

/** The words of `@source not inline("…")` lines: words of the code that are no class here. */
function ignoredWords(cssFile: string): string[] {
  const css = readFileSync(join(src, cssFile), 'utf8');
  return [...css.matchAll(/@source\s+not\s+inline\(\s*['"]([^'"]+)['"]\s*\)/g)].flatMap(
    ([, words]) => words!.split(/\s+/).filter(Boolean),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The value after `className=`, `xClass = ` or `xClassName: `: a string, or a {…} expression. */
function valueAt(code: string, start: number): string {
  const open = code[start];
  if (open === '"' || open === "'" || open === '`')
    return code.slice(start, code.indexOf(open, start + 1) + 1);
  if (open !== '{') return '';
  let depth = 0;
  for (let index = start; index < code.length; index += 1) {
    if (code[index] === '{') depth += 1;
    if (code[index] === '}' && --depth === 0) return code.slice(start, index + 1);
  }
  return '';
}

/** Every word written in a class list of the app's components (attributes and class constants). */
function classWords(): Set<string> {
  const words = new Set<string>();
  for (const file of sourceFiles(src)) {
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/\b\w*class(?:name)?\s*[=:]\s*/gi)) {
      const value = valueAt(code, match.index + match[0].length);
      for (const [, a, b, c] of value.matchAll(/'([^']*)'|"([^"]*)"|`([^`]*)`/g)) {
        for (const word of (a ?? b ?? c)!.split(/\s+|\$\{[^}]*\}/)) if (word) words.add(word);
      }
    }
  }
  return words;
}

// The dashboard: everything main.tsx can load (its lazy chart included), but not the deck.
const dashboard = reachable('main.tsx', (module) => module === DECK_ENTRY);
const deckOnly = [...reachable(DECK_ENTRY, () => false)]
  .filter((file) => !dashboard.has(file) && !file.endsWith('.css'))
  .sort();

describe('the stylesheets', () => {
  it('the first load’s stylesheet leaves out exactly the files only the deck runs', () => {
    expect(deckOnly).toContain('features/briefing/slide-view.tsx');
    expect(deckOnly).not.toContain('features/briefing/print-header.tsx');
    expect(sourceModules('index.css', true)).toEqual(deckOnly);
  });

  it('the deck’s stylesheet scans the components only the deck runs, and comes with the deck', () => {
    // Class names live in components; the deck's hooks, selectors and messages hold none.
    expect(sourceModules('features/briefing/deck.css', false)).toEqual(
      deckOnly.filter((file) => file.endsWith('.tsx')),
    );
    const deckChunk = reachable(DECK_ENTRY, (_, isDynamic) => isDynamic);
    expect(deckChunk.has('features/briefing/deck.css')).toBe(true);
    expect(dashboard.has('features/briefing/deck.css')).toBe(false);
  });

  it('the words both stylesheets take for no class are no class anywhere', () => {
    const used = classWords();
    expect([...used]).toEqual(expect.arrayContaining(['flex', 'sr-only', 'deck-root', 'sm:flex']));
    const ignored = ignoredWords('index.css');
    expect(ignored).toContain('container');
    expect(ignoredWords('features/briefing/deck.css')).toEqual(ignored);
    expect(ignored.filter((word) => used.has(word))).toEqual([]);
  });
});
