// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The first load's stylesheet (src/index.css) is generated from every file but the deck's folder;
// the deck's (src/deck/deck.css) from that folder alone, and it travels with the deck's lazy chunk
// (eslint.config.js lets app/ reach src/deck/ only through import()). Words of the code that are
// also utilities' names are no class in either: these tests keep that true.
const src = import.meta.dirname;

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

describe('the stylesheets', () => {
  it('each names a folder: the page’s leaves out src/deck/, the deck’s scans only it', () => {
    expect(readFileSync(join(src, 'index.css'), 'utf8')).toMatch(/@source not '\.\/deck';/);
    expect(readFileSync(join(src, 'deck/deck.css'), 'utf8')).toMatch(
      /@source '\.\/\*\*\/\*\.tsx';/,
    );
  });

  it('the words both stylesheets take for no class are no class anywhere', () => {
    const used = classWords();
    expect([...used]).toEqual(expect.arrayContaining(['flex', 'sr-only', 'deck-root', 'sm:flex']));
    const ignored = ignoredWords('index.css');
    expect(ignored).toContain('container');
    expect(ignoredWords('deck/deck.css')).toEqual(ignored);
    expect(ignored.filter((word) => used.has(word))).toEqual([]);
  });
});
