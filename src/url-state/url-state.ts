import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locale';

/** `presenter` is the presenter's window of a deck (notes, next slide, timer), opened from it. */
export const VIEW_MODES = ['dashboard', 'present', 'presenter', 'embed'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];
export const COLOR_SCHEMES = ['system', 'light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

/**
 * Version of the link format. Links written by version 1 (this one) have `v=1`; a link without
 * `v` is read as version 1 too. A later format must keep reading older versions' links.
 */
export const URL_FORMAT_VERSION = 1;

/** Everything a person would want to share about the view. */
export interface UrlState {
  lang: Locale;
  themes: string[];
  q: string;
  newOnly: boolean;
  plan: string | null;
  mode: ViewMode;
  /** 1-based slide number in presentation mode and in the presenter view. */
  slide: number;
  scheme: ColorScheme;
  /**
   * A deck's running order (src/deck/running-order-codec.ts: `1.` then compressed JSON), kept as
   * given: the deck reads it, and says so when it cannot. Written in the deck's modes only.
   */
  order: string | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  lang: DEFAULT_LOCALE,
  themes: [],
  q: '',
  newOnly: false,
  plan: null,
  mode: 'dashboard',
  slide: 1,
  scheme: 'system',
  order: null,
};

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_QUERY = 100;
const MAX_SLIDE = 999;

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

/**
 * Never throws: anything unknown or malformed falls back to its default. Without `lang`, the
 * language is the page's own (`pageLocale`: French at the root, Russian in ru/, page-path.ts).
 */
export function parseUrlState(search: string, pageLocale: Locale = DEFAULT_LOCALE): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_URL_STATE, lang: pageLocale };
  }
  const lang = params.get('lang');
  const themes = (params.get('themes') ?? '')
    .split(',')
    .map((theme) => theme.trim())
    .filter((theme) => ID.test(theme));
  const plan = params.get('plan');
  const slide = Number.parseInt(params.get('slide') ?? '', 10);
  // `embed=1` is the documented way to ask for the compact view.
  const mode =
    params.get('embed') === '1' ? 'embed' : oneOf(VIEW_MODES, params.get('mode'), 'dashboard');
  return {
    lang: isLocale(lang) ? lang : pageLocale,
    themes: [...new Set(themes)],
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    newOnly: params.get('new') === '1',
    plan: plan !== null && ID.test(plan) ? plan : null,
    mode,
    slide: Number.isFinite(slide) && slide >= 1 ? Math.min(slide, MAX_SLIDE) : 1,
    scheme: oneOf(COLOR_SCHEMES, params.get('scheme'), 'system'),
    // Checked (its length too) where it is read, src/deck/running-order-codec.ts: an empty or
    // malformed value falls back to the deck built from the data there, and says so.
    order: params.get('order'),
  };
}

/** Writes only what differs from the defaults (the page's own language), so links stay short. */
export function serializeUrlState(state: UrlState, pageLocale: Locale = DEFAULT_LOCALE): string {
  const params = new URLSearchParams();
  if (state.lang !== pageLocale) params.set('lang', state.lang);
  if (state.themes.length > 0) params.set('themes', state.themes.join(','));
  if (state.q !== '') params.set('q', state.q);
  if (state.newOnly) params.set('new', '1');
  if (state.plan !== null) params.set('plan', state.plan);
  if (state.mode === 'embed') params.set('embed', '1');
  else if (state.mode !== 'dashboard') params.set('mode', state.mode);
  if (isDeckMode(state.mode)) {
    if (state.slide !== 1) params.set('slide', String(state.slide));
    if (state.order) params.set('order', state.order);
  }
  if (state.scheme !== 'system') params.set('scheme', state.scheme);
  const query = params.toString();
  return query === '' ? '' : `?v=${URL_FORMAT_VERSION}&${query}`;
}

/** The modes that show the slides: the audience's deck and the presenter's window. */
export function isDeckMode(mode: ViewMode): boolean {
  return mode === 'present' || mode === 'presenter';
}
