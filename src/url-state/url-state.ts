import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locale';

/** Everything a person would want to share about the view. */
export interface UrlState {
  lang: Locale;
  themes: string[];
  q: string;
  newOnly: boolean;
  plan: string | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  lang: DEFAULT_LOCALE,
  themes: [],
  q: '',
  newOnly: false,
  plan: null,
};

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_QUERY = 100;

/** Never throws: anything unknown or malformed falls back to its default. */
export function parseUrlState(search: string): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_URL_STATE };
  }
  const lang = params.get('lang');
  const themes = (params.get('themes') ?? '')
    .split(',')
    .map((theme) => theme.trim())
    .filter((theme) => ID.test(theme));
  const plan = params.get('plan');
  return {
    lang: isLocale(lang) ? lang : DEFAULT_LOCALE,
    themes: [...new Set(themes)],
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    newOnly: params.get('new') === '1',
    plan: plan !== null && ID.test(plan) ? plan : null,
  };
}

/** Writes only what differs from the defaults, so links stay short. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.lang !== DEFAULT_LOCALE) params.set('lang', state.lang);
  if (state.themes.length > 0) params.set('themes', state.themes.join(','));
  if (state.q !== '') params.set('q', state.q);
  if (state.newOnly) params.set('new', '1');
  if (state.plan !== null) params.set('plan', state.plan);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
