import fc from 'fast-check';
import type { Json } from './json-tree';

// Values a dataset may carry that a page must show only as text, and values the format refuses.

/** Markup, script and template syntax: must only ever show as text. */
export const MARKUP = [
  '<script>globalThis.__fuzzPwned = 1</script>',
  '<img src=x onerror="globalThis.__fuzzPwned = 1">',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  '<a href="javascript:alert(1)">clic</a>',
  '<style>*{display:none}</style>',
  '<b>gras</b></textarea></title>',
  '<!--',
  '<![CDATA[x]]>',
];
const TEMPLATE_LIKE = [
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '{count}',
  '{plan}',
  '{0}',
  '{name, plural, one {#} other {#}}',
  '#',
  '&amp; &lt;b&gt; &#x3C;',
  'javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '%s %n %x',
  '\\u003cscript\\u003e',
];
const RIGHT_TO_LEFT = [
  'مكتب الأمم المتحدة المعني بالمخدرات والجريمة',
  'הארגון לביטחון ולשיתוף פעולה באירופה',
  'ﷺ ﷽',
  '\u202Eevil.exe\u202C',
  '\u2067isolé\u2069 et \u2066pas fermé',
  'abc\u200Fdef\u200E',
];
const ODD = [
  '👩🏽‍⚖️🇺🇳',
  'Z̴̧̛a̶l̵g̷o̸',
  'e\u0301',
  'nul\u0000byte',
  'zero\u200Bwidth',
  'retour\r\nchariot',
  '__proto__',
  'constructor',
  'undefined',
  'null',
  'NaN',
  '0',
];
const FRAGMENTS = [...MARKUP, ...TEMPLATE_LIKE, ...RIGHT_TO_LEFT, ...ODD, ' ', 'réforme'];

const notBlank = (text: string) => text.trim().length > 0;

/** Short text that the format accepts but a page must escape. */
export const shortHostileTextArb: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
    {
      weight: 4,
      arbitrary: fc
        .array(fc.constantFrom(...FRAGMENTS), { minLength: 2, maxLength: 6 })
        .map((parts) => parts.join(' ')),
    },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }) },
  )
  .filter(notBlank);

/** Text that the format accepts (1 to 2,000 characters once trimmed) but a page must escape. */
export const hostileTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: shortHostileTextArb },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('x', 'ש', 'ع ', '<b>', 'é\u0301'), fc.integer({ min: 500, max: 1990 }))
      .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
  },
);

export const BAD_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(document.domain)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript://example.org/%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/1b2c',
  '//evil.example/x',
  'https:/evil.example',
  'http://',
  'ftp://example.org/',
  'about:blank',
  'mailto:someone@example.org',
  '/relative/path',
];
export const GOOD_URLS = [
  'https://example.org/',
  'http://example.org/a?b=<script>alert(1)</script>',
  'https://example.org/"onmouseover="alert(1)',
  'https://example.org/#javascript:alert(1)',
  'https://example.org/ש/ملف',
  `https://example.org/${'a'.repeat(3000)}`,
];
export const WRONG_VALUES: Json[] = [
  42,
  -1,
  3.5,
  true,
  false,
  'texte',
  '',
  [],
  [1, 'x'],
  {},
  { fr: 1 },
  null,
];
export const GHOST_IDS = [
  'ghost-1',
  'ghost-2',
  'constructor',
  'prototype',
  'tostring',
  'hasownproperty',
];
export const BLANKS = ['', ' ', '   ', '\t\n', '\u00a0', '\u3000', '\ufeff \u2028'];
export const NUMBER_EDGES = [-1, 0, 1.5, 2 ** 53, 1899, 2201, 1e21];
