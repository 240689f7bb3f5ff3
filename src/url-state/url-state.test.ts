import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from './url-state';

describe('URL state', () => {
  it.each<UrlState>([
    DEFAULT_URL_STATE,
    {
      lang: 'en',
      themes: ['crime', 'people'],
      q: 'réforme & co',
      newOnly: true,
      plan: 'plan-2011',
    },
    { lang: 'fr', themes: ['cyber'], q: '', newOnly: false, plan: null },
  ])('gives back the same state after serialize then parse (%o)', (state) => {
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  it('writes nothing for the default view', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it.each([
    ['?lang=de', { lang: 'fr' }],
    ['?lang=EN', { lang: 'fr' }],
    ['?themes=crime,,<script>,Crime,crime', { themes: ['crime'] }],
    ['?new=yes', { newOnly: false }],
    ['?plan=../../etc', { plan: null }],
    ['?plan=javascript:alert(1)', { plan: null }],
    ['?q=%E0%A4%A', { q: expect.any(String) }],
    ['?%%%=1&lang', { lang: 'fr' }],
  ])('falls back to defaults for a bad parameter: %s', (search, expected) => {
    expect(parseUrlState(search)).toMatchObject(expected);
  });

  it('caps a very long search text', () => {
    expect(parseUrlState(`?q=${'a'.repeat(10_000)}`).q).toHaveLength(100);
  });
});
