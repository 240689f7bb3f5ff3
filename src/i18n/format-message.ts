import { formatNumber, pluralRulesFor } from './intl-objects';
import { directionOf, type Locale } from './locale';

export type MessageValues = Record<string, string | number>;

/**
 * A small subset of ICU MessageFormat: `{name}`, `{name, plural, =0 {…} one {…} other {…}}`
 * with `#` for the number, and `{name, select, value {…} other {…}}` (a word's grammar in one
 * language: "publiée par l’ONUDC"). Enough for our messages without shipping a full ICU library.
 */
export function formatMessage(template: string, values: MessageValues, locale: Locale): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i];
    if (ch !== '{') {
      out += ch;
      i += 1;
      continue;
    }
    const end = matchingBrace(template, i);
    out += formatArgument(template.slice(i + 1, end), values, locale);
    i = end + 1;
  }
  return out;
}

/** Letters of the right-to-left scripts (Hebrew, Arabic and their presentation forms). */
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/**
 * A value written into a right-to-left sentence, set apart as <bdi> sets it apart in markup: a
 * first-strong isolate (U+2068 … U+2069) around a value with no right-to-left letter of its own (a
 * plan's years, an acronym, an address, a Latin name). Without it the bidi algorithm takes
 * "2018-2019" after an Arabic word for Arabic numbers and shows "2019-2018"; the isolate goes with
 * the text wherever it is drawn (page, slides, PowerPoint, chart image).
 */
function isolated(value: string, locale: Locale): string {
  if (directionOf(locale) !== 'rtl' || value === '' || RIGHT_TO_LEFT_LETTER.test(value)) {
    return value;
  }
  // A word joiner after the hyphen of a range ("2018-2019"): an isolate broken over two lines
  // reads "2018-" at the end of one and "2019" at the start of the next, each mirrored apart.
  return `\u2068${value.replace(/(\d)-(?=\d)/g, '$1-\u2060')}\u2069`;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  throw new Error(`Unbalanced braces in message "${text}"`);
}

function formatArgument(body: string, values: MessageValues, locale: Locale): string {
  const [name = '', kind, ...rest] = body.split(',');
  const key = name.trim();
  const value = values[key];
  if (value === undefined) throw new Error(`Missing message value "${key}"`);
  if (kind?.trim() === 'select') {
    const cases = parseCases(rest.join(','));
    return formatMessage(cases.get(String(value)) ?? cases.get('other') ?? '', values, locale);
  }
  if (kind?.trim() !== 'plural') {
    return typeof value === 'number' ? formatNumber(value, locale) : isolated(value, locale);
  }
  const count = Number(value);
  const cases = parseCases(rest.join(','));
  const category = pluralRulesFor(locale).select(count);
  const chosen = cases.get(`=${count}`) ?? cases.get(category) ?? cases.get('other') ?? '';
  const formatted = formatNumber(count, locale);
  return formatMessage(chosen, values, locale).replaceAll('#', formatted);
}

function parseCases(text: string): Map<string, string> {
  const cases = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open === -1) break;
    const selector = text.slice(i, open).trim();
    const close = matchingBrace(text, open);
    cases.set(selector, text.slice(open + 1, close));
    i = close + 1;
  }
  return cases;
}
