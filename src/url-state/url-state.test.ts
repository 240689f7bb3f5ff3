// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from './url-state';
import { localePagePath, pathLocale } from './page-path';

describe('URL state', () => {
  it.each<UrlState>([
    DEFAULT_URL_STATE,
    {
      ...DEFAULT_URL_STATE,
      lang: 'en',
      themes: ['crime', 'people'],
      q: 'réforme & co',
      newOnly: true,
      plan: 'plan-2011',
    },
    { ...DEFAULT_URL_STATE, themes: ['cyber'] },
    { ...DEFAULT_URL_STATE, mode: 'present', slide: 4, scheme: 'dark' },
    { ...DEFAULT_URL_STATE, mode: 'embed', lang: 'en', scheme: 'light' },
    { ...DEFAULT_URL_STATE, mode: 'presenter', slide: 7, lang: 'en', themes: ['crime'] },
    { ...DEFAULT_URL_STATE, mode: 'presenter' },
    { ...DEFAULT_URL_STATE, mode: 'present', slide: 2, order: '1.y0zJSdRRCi4' },
  ])('gives back the same state after serialize then parse (%o)', (state) => {
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  it('writes nothing for the default view', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it.each([
    ['?lang=pt', { lang: 'fr' }],
    ['?lang=fr-CA', { lang: 'fr' }],
    ['?lang=EN', { lang: 'fr' }],
    ['?themes=crime,,<script>,Crime,crime', { themes: ['crime'] }],
    ['?new=yes', { newOnly: false }],
    ['?plan=../../etc', { plan: null }],
    ['?plan=javascript:alert(1)', { plan: null }],
    ['?q=%E0%A4%A', { q: expect.any(String) }],
    ['?%%%=1&lang', { lang: 'fr' }],
    ['?mode=slideshow', { mode: 'dashboard' }],
    ['?mode=present&slide=-3', { mode: 'present', slide: 1 }],
    ['?mode=present&slide=abc', { slide: 1 }],
    ['?mode=present&slide=1e9', { slide: 1 }],
    ['?slide=99999', { slide: 999 }],
    ['?scheme=neon', { scheme: 'system' }],
    ['?embed=true', { mode: 'dashboard' }],
    ['?mode=Presenter&slide=3', { mode: 'dashboard' }],
    ['?mode=presenter&slide=0', { mode: 'presenter', slide: 1 }],
    ['?mode=presenter&slide=2.5', { mode: 'presenter', slide: 2 }],
    ['?mode=presenter&embed=1', { mode: 'embed' }],
  ])('falls back to defaults for a bad parameter: %s', (search, expected) => {
    expect(parseUrlState(search)).toMatchObject(expected);
  });

  it('reads links without a version, and links of version 1', () => {
    expect(parseUrlState('?themes=cyber&lang=en')).toEqual(
      parseUrlState('?v=1&themes=cyber&lang=en'),
    );
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, lang: 'en' })).toBe('?v=1&lang=en');
  });

  it('writes the presenter view with its slide: ?mode=presenter&slide=k', () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, mode: 'presenter', slide: 3 })).toBe(
      '?v=1&mode=presenter&slide=3',
    );
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, mode: 'dashboard', slide: 3 })).toBe('');
  });

  it('keeps a running order as given, in the deck only, for the deck to read or refuse', () => {
    expect(parseUrlState('?mode=present&order=1.abc').order).toBe('1.abc');
    expect(parseUrlState('?mode=present&order=<garbage>').order).toBe('<garbage>');
    expect(parseUrlState('?mode=present').order).toBeNull();
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, mode: 'present', order: '' })).toBe(
      '?v=1&mode=present',
    );
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, order: '1.abc' })).toBe('');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, mode: 'presenter', order: '1.a-_' })).toBe(
      '?v=1&mode=presenter&order=1.a-_',
    );
  });

  it('reads embed=1 as the compact view', () => {
    expect(parseUrlState('?embed=1').mode).toBe('embed');
  });

  it('caps a very long search text', () => {
    expect(parseUrlState(`?q=${'a'.repeat(10_000)}`).q).toHaveLength(100);
  });
});

describe('the page of each language', () => {
  it('takes its language from its folder, and writes `lang` only where it differs', () => {
    expect(pathLocale('/')).toBe('fr');
    expect(pathLocale('/index.html')).toBe('fr');
    expect(pathLocale('/ru/')).toBe('ru');
    expect(pathLocale('/app/ar/index.html')).toBe('ar');
    expect(pathLocale('/fr/')).toBe('fr');
    expect(pathLocale('/ru/x')).toBe('fr');
    expect(parseUrlState('', 'ru').lang).toBe('ru');
    expect(parseUrlState('?lang=de', 'ru').lang).toBe('de');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, lang: 'ru' }, 'ru')).toBe('');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, lang: 'fr' }, 'ru')).toBe('?v=1&lang=fr');
  });

  it('finds a language’s page from any other', () => {
    expect(localePagePath('/', 'ru')).toBe('/ru/');
    expect(localePagePath('/index.html', 'zh')).toBe('/zh/');
    expect(localePagePath('/ru/', 'fr')).toBe('/');
    expect(localePagePath('/app/ru/index.html', 'de')).toBe('/app/de/');
    expect(localePagePath('/app/', 'fr')).toBe('/app/');
  });
});
