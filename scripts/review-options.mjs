// The contact sheet's pure helpers (scripts/review.mjs): its command line, the names of the files
// it writes and how it reports time. Tested in scripts/review.test.mjs.

/** The eight languages `--lang` takes (src/i18n/locale.ts), and the two captured by default. */
export const LANGUAGES = ['fr', 'en', 'ar', 'zh', 'es', 'ru', 'de', 'it'];
export const DEFAULT_LANGUAGES = ['fr', 'en'];

/** What `--only` can name: each is one group of outputs. */
export const PARTS = ['page', 'deck', 'print', 'pptx', 'chart'];

export const USAGE = `Usage: npm run review -- [--no-build] [--lang fr,en] [--only ${PARTS.join(',')}] [--out DIR]

  --no-build   serve the last build in dist-review/ instead of building first
  --lang       the languages to capture: fr, en, ar, zh, es, ru, de, it (default: fr,en)
  --only       the groups of outputs to capture (default: all of them)
  --out        the folder to write (default: review)`;

function listOf(value, allowed, option) {
  const items = [...new Set(value.split(',').map((item) => item.trim()))].filter(Boolean);
  const unknown = items.filter((item) => !allowed.includes(item));
  if (items.length === 0) throw new Error(`${option} needs at least one of ${allowed.join(', ')}`);
  if (unknown.length > 0) {
    throw new Error(`${option}: unknown ${unknown.join(', ')} (one of ${allowed.join(', ')})`);
  }
  // Kept in the documented order, whatever order the command line gives.
  return allowed.filter((item) => items.includes(item));
}

/**
 * Reads the command line (without node and the script). Throws an Error whose message says what
 * is wrong; `help` is true when the reader asked for the usage.
 */
export function parseReviewArgs(argv) {
  const options = {
    build: true,
    languages: [...DEFAULT_LANGUAGES],
    parts: [...PARTS],
    out: 'review',
  };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`);
      i += 1;
      return next;
    };
    switch (flag) {
      case '--no-build':
        options.build = false;
        break;
      case '--lang':
        options.languages = listOf(value(), LANGUAGES, '--lang');
        break;
      case '--only':
        options.parts = listOf(value(), PARTS, '--only');
        break;
      case '--out':
        options.out = value();
        if (options.out.trim() === '') throw new Error('--out needs a folder');
        break;
      case '--help':
      case '-h':
        return { ...options, help: true };
      default:
        throw new Error(`unknown option ${argv[i]}`);
    }
  }
  return { ...options, help: false };
}

/** A file name from its parts: lower case, words joined by dashes ("deck-fr-1920x1080-03.png"). */
export function fileName(parts, extension) {
  const stem = parts
    .filter((part) => part !== undefined && part !== null && part !== '')
    .map((part) =>
      String(part)
        .toLowerCase()
        .replace(/[^a-z0-9×]+/g, '-')
        .replace(/×/g, 'x')
        .replace(/^-+|-+$/g, ''),
    )
    .join('-');
  return `${stem}.${extension}`;
}

/** Two digits at least, so that slides and pages sort as numbers in a file listing. */
export const padded = (number) => String(number).padStart(2, '0');

/** `1280×900`: a viewport or a page size as captions show it. */
export const sizeLabel = ({ width, height }) => `${width}×${height}`;

/** "1 min 07 s" or "42 s". */
export function formatDuration(milliseconds) {
  const seconds = Math.round(milliseconds / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/**
 * The slide count of the deck's counter, "Diapositive 1 / 13" or "Slide 1 / 13" (narrow or
 * no-break spaces around the slash included); null when the text holds none.
 */
export function slideCount(counterText) {
  const match = /(\d+)\s*\/\s*(\d+)\s*$/u.exec(counterText.trim());
  return match ? Number(match[2]) : null;
}

/**
 * The page images pdftoppm wrote for `prefix` (it pads the page number to the width of the page
 * count: deck-1.png or deck-01.png), in page order.
 */
export function pdfPageFiles(fileNames, prefix) {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)\\.png$`);
  return fileNames
    .map((name) => ({ name, page: Number(pattern.exec(name)?.[1]) }))
    .filter(({ page }) => Number.isInteger(page))
    .sort((a, b) => a.page - b.page);
}
