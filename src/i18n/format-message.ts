import { formatNumber, pluralRulesFor } from './intl-objects';
import { isolateValue } from './bidi';
import type { Locale } from './locale';

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
    return typeof value === 'number' ? formatNumber(value, locale) : isolateValue(value, locale);
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
