// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { deckMessages } from '../deck/deck-messages';
import { datasetErrorMessages } from './dataset-error-messages';
import { downloadMessages } from './download-messages';
import { formatMessage, type MessageValues } from './format-message';
import { formatNumber, INTL_LOCALE } from './intl-objects';
import { LOCALES, type Locale } from './locale';
import { PAGE_MESSAGES } from '../testing/page-messages';
import { updateMessages } from './update-messages';

type Catalog = Record<string, string>;

/** Every catalog, page and parts alike, in every language. */
const CATALOGS: Record<string, Record<Locale, Catalog>> = {
  page: PAGE_MESSAGES,
  deck: deckMessages,
  'dataset errors': datasetErrorMessages,
  downloads: downloadMessages,
  'update offer': updateMessages,
};

const COUNTS = [0, 1, 2, 5, 11, 21];

/** The `{…}` arguments at the top of a template, with where they start and end. */
function topArguments(template: string) {
  const found: { start: number; end: number; body: string }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < template.length; i += 1) {
    if (template[i] === '{') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (template[i] === '}') {
      depth -= 1;
      if (depth === 0) found.push({ start, end: i + 1, body: template.slice(start + 1, i) });
    }
  }
  return found;
}

interface PluralArgument {
  name: string;
  start: number;
  end: number;
  cases: Map<string, string>;
}

/** A plural argument's cases, read here again rather than with the formatter's own reader. */
function pluralArguments(template: string): PluralArgument[] {
  return topArguments(template).flatMap(({ start, end, body }) => {
    const match = /^\s*(\w+)\s*,\s*plural\s*,/.exec(body);
    if (!match) return [];
    const rest = body.slice(match[0].length);
    const cases = new Map<string, string>();
    let offset = 0;
    for (const item of topArguments(rest)) {
      cases.set(rest.slice(offset, item.start).trim(), item.body);
      offset = item.end;
    }
    return [{ name: match[1]!, start, end, cases }];
  });
}

/** Every argument's name anywhere in the template, with its kind. */
function argumentNames(template: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const match of template.matchAll(/\{\s*(\w+)\s*(?:,\s*(plural|select)\s*,)?/g)) {
    const kind = match[2] ?? 'text';
    if (names.get(match[1]!) !== 'plural') names.set(match[1]!, kind);
  }
  return names;
}

/** The case a count takes: an exact `=n`, else its plural category's, else `other`. */
function expectedCase(locale: Locale, cases: Map<string, string>, count: number): string {
  const category = new Intl.PluralRules(INTL_LOCALE[locale]).select(count);
  return cases.get(`=${count}`) ?? cases.get(category) ?? cases.get('other')!;
}

/**
 * The template with each plural argument replaced by the case `count` takes, its `#` (outside the
 * case's own arguments) by the number as the language writes it; until no plural argument is left.
 */
function chooseByHand(template: string, locale: Locale, count: number): string {
  const plurals = pluralArguments(template);
  if (plurals.length === 0) return template;
  let out = '';
  let offset = 0;
  for (const plural of plurals) {
    const chosen = expectedCase(locale, plural.cases, count);
    let replaced = '';
    let inner = 0;
    for (const item of topArguments(chosen)) {
      replaced += chosen.slice(inner, item.start).replaceAll('#', formatNumber(count, locale));
      replaced += chosen.slice(item.start, item.end);
      inner = item.end;
    }
    replaced += chosen.slice(inner).replaceAll('#', formatNumber(count, locale));
    out += template.slice(offset, plural.start) + replaced;
    offset = plural.end;
  }
  return chooseByHand(out + template.slice(offset), locale, count);
}

const pluralMessages = Object.entries(CATALOGS).flatMap(([part, catalogs]) =>
  LOCALES.flatMap((locale) =>
    Object.entries(catalogs[locale])
      .filter(([, template]) => pluralArguments(template).length > 0)
      .map(([key, template]) => ({ part, locale, key, template })),
  ),
);

describe('every counted message, in every language', () => {
  it('walks the plural messages of all five catalogs in all eight languages', () => {
    for (const locale of LOCALES) {
      expect(pluralMessages.filter((m) => m.locale === locale).length).toBeGreaterThanOrEqual(25);
    }
  });

  describe.each(LOCALES)('%s', (locale) => {
    const categories = new Intl.PluralRules(INTL_LOCALE[locale]).resolvedOptions()
      .pluralCategories as string[];

    it.each(pluralMessages.filter((m) => m.locale === locale).map((m) => [m.key, m] as const))(
      '%s takes the case its count asks for, with the number in it',
      (_, { template }) => {
        for (const plural of pluralArguments(template)) {
          expect(plural.cases.has('other'), `${plural.name} has "other"`).toBe(true);
          // A case the language never selects (Chinese "one", Russian "two") is a copied rule.
          for (const selector of plural.cases.keys()) {
            expect(
              /^=\d+$/.test(selector) || categories.includes(selector),
              `${plural.name}: case "${selector}" is not one of ${categories.join('/')}`,
            ).toBe(true);
          }
        }
        const names = argumentNames(template);
        for (const count of COUNTS) {
          const values: MessageValues = {};
          for (const [name, kind] of names) {
            values[name] = kind === 'plural' ? count : kind === 'select' ? 'other' : `‹${name}›`;
          }
          const text = formatMessage(template, values, locale);
          expect(text, `${count}`).not.toMatch(/[{}#]/);
          expect(text, `${count}`).toBe(
            formatMessage(chooseByHand(template, locale, count), values, locale),
          );
        }
      },
    );
  });
});

describe('the grammar of counting, written by hand', () => {
  const say = (locale: Locale, template: string) => (count: number) =>
    formatMessage(template, { count }, locale);

  it('Russian: one, few and many (21 is one again, 11 is many)', () => {
    const areas = say('ru', PAGE_MESSAGES.ru.areaCountSummary);
    expect(COUNTS.map(areas)).toEqual([
      '0 областей',
      '1 область',
      '2 области',
      '5 областей',
      '11 областей',
      '21 область',
    ]);
    const plans = say('ru', PAGE_MESSAGES.ru.timelineTitle);
    expect([2, 5, 11, 21].map(plans)).toEqual(['2 плана', '5 планов', '11 планов', '21 план']);
    expect(plans(1)).toBe('План');
    // The deck's introduction counts plans with the number even for one.
    const intro = say('ru', deckMessages.ru.deckNotePlanCount);
    expect(intro(1)).toMatch(/^В наборе данных 1 план;/);
    expect(intro(2)).toMatch(/^В наборе данных 2 плана;/);
    expect(intro(5)).toMatch(/^В наборе данных 5 планов;/);
    expect(intro(11)).toMatch(/^В наборе данных 11 планов;/);
    expect(intro(21)).toMatch(/^В наборе данных 21 план;/);
  });

  it('Arabic: zero, one, two, few, many and other', () => {
    const areas = say('ar', PAGE_MESSAGES.ar.areaCountSummary);
    expect([0, 1, 2, 3, 5, 10, 11, 21, 99, 100, 102].map(areas)).toEqual([
      'لا توجد مجالات',
      'مجال واحد',
      'مجالان',
      '3 مجالات',
      '5 مجالات',
      '10 مجالات',
      '11 مجالا',
      '21 مجالا',
      '99 مجالا',
      '100 مجال',
      '102 مجال',
    ]);
  });

  it('Chinese: one form for every count, a measure word with the number', () => {
    const areas = say('zh', PAGE_MESSAGES.zh.areaCountSummary);
    expect(COUNTS.map(areas)).toEqual([
      '0个领域',
      '1个领域',
      '2个领域',
      '5个领域',
      '11个领域',
      '21个领域',
    ]);
  });

  it.each([
    [
      'de',
      PAGE_MESSAGES.de.areaCountSummary,
      ['0 Bereiche', '1 Bereich', '2 Bereiche', '21 Bereiche'],
    ],
    ['es', PAGE_MESSAGES.es.areaCountSummary, ['0 áreas', '1 área', '2 áreas', '21 áreas']],
    ['it', PAGE_MESSAGES.it.areaCountSummary, ['0 aree', '1 area', '2 aree', '21 aree']],
    ['en', PAGE_MESSAGES.en.areaCountSummary, ['0 areas', '1 area', '2 areas', '21 areas']],
    // French counts zero as one.
    [
      'fr',
      PAGE_MESSAGES.fr.areaCountSummary,
      ['0 domaine', '1 domaine', '2 domaines', '21 domaines'],
    ],
  ] as const)('%s: one and other', (locale, template, expected) => {
    expect([0, 1, 2, 21].map(say(locale, template))).toEqual(expected);
  });

  it('writes thousands as each language groups them, Arabic in Latin digits', () => {
    const areas = (locale: Locale) => say(locale, CATALOGS.page![locale].areaCountSummary!)(12345);
    expect(areas('ru')).toBe('12\u00a0345 областей');
    expect(areas('de')).toBe('12.345 Bereiche');
    expect(areas('ar')).toBe('12,345 مجالا'); // 45 is "many"
    expect(areas('zh')).toBe('12,345个领域');
  });
});

/**
 * Words that each language shares with English, so that its message is rightly the same. Anything
 * else equal to its English text is untranslated.
 */
const SAME_AS_ENGLISH: Record<Exclude<Locale, 'en' | 'fr'>, string[]> = {
  ar: [],
  zh: [],
  ru: [],
  es: ['chartTotal', 'exportNo'], // "Total", "no"
  de: ['detailsTitle', 'deckNoteDetail'], // "Details: {title}", "Detail: {note}"
  it: ['headerMenu', 'deckMenu', 'exportColumnArea', 'exportNo'], // "Menu", "area", "no"
};

// Keys as a keyboard prints them, and acronyms and names a translation keeps in Latin letters.
const LATIN_NAMES =
  /\b(UNODC|OSCE|CSV|JSON|SVG|PNG|PowerPoint|PDF|URL|Esc|Enter|Space|Page Up|Page Down|Home|End|[A-Z])\b/g;

/** What a message says in words: without its arguments' names, case selectors, keys and acronyms. */
const wordsOf = (template: string) =>
  template
    .replace(/\{\s*\w+\s*\}/g, '')
    .replace(/\{\s*\w+\s*,\s*(plural|select)\s*,/g, '{')
    .replace(/(^|[{}\s])(=\d+|\w+)\s*\{/g, '$1{')
    .replace(LATIN_NAMES, '');

const SCRIPTS: Partial<Record<Locale, RegExp>> = {
  ar: /\p{Script=Arabic}/u,
  zh: /\p{Script=Han}/u,
  ru: /\p{Script=Cyrillic}/u,
};

describe.each(Object.keys(SAME_AS_ENGLISH) as (keyof typeof SAME_AS_ENGLISH)[])(
  'the %s catalogs are translated',
  (locale) => {
    it.each(Object.keys(CATALOGS))('no %s message is left in English', (part) => {
      const english = CATALOGS[part]!.en;
      const same = Object.entries(CATALOGS[part]![locale])
        .filter(([key, text]) => text === english[key] && /\p{L}/u.test(wordsOf(text)))
        .map(([key]) => key);
      expect(same.filter((key) => !SAME_AS_ENGLISH[locale].includes(key))).toEqual([]);
    });

    const script = SCRIPTS[locale];
    if (script) {
      it.each(Object.keys(CATALOGS))('every %s message with words is in its script', (part) => {
        const notInScript = Object.entries(CATALOGS[part]![locale])
          .filter(([key]) => !SAME_AS_ENGLISH[locale].includes(key))
          .filter(([, text]) => /\p{L}/u.test(wordsOf(text)) && !script.test(text))
          .map(([key, text]) => `${key}: ${text}`);
        expect(notInScript).toEqual([]);
      });
    }
  },
);
