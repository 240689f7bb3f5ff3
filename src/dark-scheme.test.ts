// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The dark scheme mirrors each palette shade the app uses (src/index.css). A class that uses a
// shade with no mirror would stay light-scheme coloured on a dark page, possibly unreadable; a
// mirror no class uses is bytes of the first load for nothing.
const PALETTES = ['slate', 'blue', 'red', 'amber', 'emerald', 'sky', 'green', 'yellow', 'orange'];
const UTILITY =
  /\b(?:bg|text|border(?:-[trblxy])?|fill|stroke|ring|outline|divide|from|via|to|decoration|accent|caret|shadow|placeholder)-([a-z]+)-(\d{2,3})\b/g;
const src = import.meta.dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function usedShades(): Set<string> {
  const used = new Set<string>();
  for (const file of sourceFiles(src)) {
    for (const [, palette, shade] of readFileSync(file, 'utf8').matchAll(UTILITY)) {
      if (palette && PALETTES.includes(palette)) used.add(`${palette}-${shade}`);
    }
  }
  return used;
}

function mirroredShades(): string[] {
  const css = readFileSync(join(src, 'index.css'), 'utf8');
  const dark = css.slice(css.indexOf(":root[data-scheme='dark']"));
  return [...dark.matchAll(/--color-([a-z]+-\d+):/g)].map((match) => match[1]!);
}

describe('the dark scheme', () => {
  it('mirrors every palette shade the app’s classes use', () => {
    const used = usedShades();
    const mirrored = new Set(mirroredShades());
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((shade) => !mirrored.has(shade)).sort()).toEqual([]);
  });

  it('mirrors no shade that no class uses', () => {
    const used = usedShades();
    const mirrored = mirroredShades();
    expect(mirrored.length).toBeGreaterThan(10);
    expect(mirrored.filter((shade) => !used.has(shade))).toEqual([]);
  });
});
