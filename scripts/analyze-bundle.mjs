// What the first load's JavaScript is made of, by package and by source folder, from the build's
// source maps (no extra package needed):
//
//   node scripts/analyze-bundle.mjs           builds with --sourcemap in a temp folder and reads it
//   node scripts/analyze-bundle.mjs --dir D   reads an existing build D made with --sourcemap
//   --top N                                   how many modules to list (default 25)
//   --all                                     every chunk of the build, not only the first load's
//
// Each minified byte is attributed to the source its mapping points at. "gzip share" splits the
// chunk's real gzip size in proportion to those bytes (the shares add up to the chunk); "gzip
// alone" compresses a group's bytes on their own (an upper bound of what removing it saves).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { Buffer } from 'node:buffer';
import { firstLoadPaths, formatKB, markdownTable, measureBuild } from './bundle-size.mjs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUES = new Map([...BASE64].map((char, i) => [char, i]));

/** Source map "mappings" as lines of [generatedColumn, sourceIndex?] segments (absolute). */
function decodeMappings(mappings) {
  const lines = [];
  let sourceIndex = 0;
  for (const lineText of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segmentText of lineText.split(',')) {
      if (segmentText === '') continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segmentText) {
        const digit = BASE64_VALUES.get(char);
        if (digit === undefined) throw new Error(`bad base64 "${char}" in mappings`);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length >= 4) {
        sourceIndex += fields[1];
        segments.push([column, sourceIndex]);
      } else {
        segments.push([column, -1]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** Generated text per source of one chunk (columns are UTF-16 units; bytes are counted later). */
function textBySource(code, map) {
  const texts = new Map();
  const add = (source, text) => texts.set(source, (texts.get(source) ?? '') + text);
  const codeLines = code.split('\n');
  decodeMappings(map.mappings).forEach((segments, lineIndex) => {
    const line = codeLines[lineIndex] ?? '';
    if (segments.length === 0) return add('[unmapped]', `${line}\n`);
    add('[unmapped]', line.slice(0, segments[0][0]));
    segments.forEach(([column, source], i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
      add(source >= 0 ? map.sources[source] : '[unmapped]', line.slice(column, end));
    });
  });
  for (let i = codeLines.length; i > 0 && i > map.mappings.split(';').length; i--) {
    add('[unmapped]', codeLines[i - 1]);
  }
  return texts;
}

/** "react-dom", "@tanstack/query-core", "src/features/areas", or the virtual module's name. */
function groupOf(source) {
  const inPackage = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g);
  if (inPackage) return inPackage[inPackage.length - 1].replace('node_modules/', '');
  const inSrc = source.match(/(?:^|\/)(src(?:\/.*)?)\/[^/]+$/);
  if (inSrc) return inSrc[1];
  return source.replace(/^(\.\.\/)+/, '').replace(/\0/g, '');
}

function moduleOf(source) {
  const inPackage = source.lastIndexOf('node_modules/');
  if (inPackage >= 0) return source.slice(inPackage + 'node_modules/'.length);
  const inSrc = source.match(/(?:^|\/)(src\/.*)$/);
  return inSrc ? inSrc[1] : source.replace(/^(\.\.\/)+/, '').replace(/\0/g, '');
}

function buildWithSourcemaps() {
  const dir = mkdtempSync(join(tmpdir(), 'analyze-bundle-'));
  const result = spawnSync(
    'node_modules/.bin/vite',
    ['build', '--sourcemap', '--outDir', join(dir, 'dist'), '--emptyOutDir', '--logLevel', 'warn'],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  }
  return { buildDir: join(dir, 'dist'), cleanup: () => rmSync(dir, { recursive: true }) };
}

function rowsFor(entries, chunkBytes, chunkGzip, limit) {
  return [...entries]
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, limit)
    .map(([name, text]) => {
      const bytes = Buffer.byteLength(text);
      return [
        name,
        formatKB(bytes),
        `${((100 * bytes) / chunkBytes).toFixed(1)} %`,
        formatKB((chunkGzip * bytes) / chunkBytes),
        formatKB(gzipSync(text, { level: 9 }).length),
      ];
    });
}

const HEADERS = ['', 'minified', 'share', 'gzip share', 'gzip alone'];
const ALIGN = ['left', 'right', 'right', 'right', 'right'];

const { values } = parseArgs({
  options: { dir: { type: 'string' }, top: { type: 'string' }, all: { type: 'boolean' } },
});
const top = Number(values.top ?? 25);
const givenDir = values.dir ? resolve(values.dir) : null;
// The build runs from the repository, wherever the command was typed.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const { buildDir, cleanup } = givenDir
  ? { buildDir: givenDir, cleanup: () => {} }
  : buildWithSourcemaps();
try {
  const scripts = (
    values.all ? measureBuild(buildDir).files.map((file) => file.path) : firstLoadPaths(buildDir)
  ).filter((path) => /\.m?js$/.test(path) && existsSync(join(buildDir, `${path}.map`)));
  for (const script of scripts) {
    const mapPath = join(buildDir, `${script}.map`);
    if (!existsSync(mapPath)) throw new Error(`${mapPath} missing: build with --sourcemap`);
    const code = readFileSync(join(buildDir, script), 'utf8').replace(
      /\n?\/\/# sourceMappingURL=.*\s*$/,
      '',
    );
    const texts = textBySource(code, JSON.parse(readFileSync(mapPath, 'utf8')));
    const chunkBytes = Buffer.byteLength(code);
    const chunkGzip = gzipSync(code, { level: 9 }).length;
    const groups = new Map();
    for (const [source, text] of texts) {
      const group = groupOf(source);
      groups.set(group, (groups.get(group) ?? '') + text);
    }
    const modules = new Map();
    for (const [source, text] of texts) {
      const name = moduleOf(source);
      modules.set(name, (modules.get(name) ?? '') + text);
    }
    const groupRows = rowsFor(groups, chunkBytes, chunkGzip, Infinity);
    const moduleRows = rowsFor(modules, chunkBytes, chunkGzip, top);
    process.stdout.write(
      `\n## ${script}: ${formatKB(chunkBytes)} minified, ${formatKB(chunkGzip)} gzip\n\n` +
        `### By package or source folder\n\n` +
        `${markdownTable(['package / folder', ...HEADERS.slice(1)], groupRows, ALIGN)}\n\n` +
        `### Top ${top} modules\n\n` +
        `${markdownTable(['module', ...HEADERS.slice(1)], moduleRows, ALIGN)}\n`,
    );
  }
} finally {
  cleanup();
}
