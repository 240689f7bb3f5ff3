import { EARLY_CLICKS_GLOBAL } from './boot-marks';

type EarlyClicksSource = Partial<Record<typeof EARLY_CLICKS_GLOBAL, () => Element[]>>;

/**
 * The pre-rendered buttons a reader clicked before the app ran, in order, kept by the build's boot
 * script (prerender.config.ts); from this call on, React answers clicks itself. None without the
 * boot script (the dev server, tests).
 */
export function takeEarlyClicks(view: Window): HTMLElement[] {
  const take = (view as unknown as EarlyClicksSource)[EARLY_CLICKS_GLOBAL];
  if (typeof take !== 'function') return [];
  return take().filter((element): element is HTMLElement => element instanceof HTMLElement);
}

/**
 * Clicks again, once the app has hydrated the page, each kept button that is still the one on
 * screen (hydration keeps the pre-rendered nodes; a view drawn afresh replaced them) and enabled.
 */
export function replayEarlyClicks(buttons: readonly HTMLElement[]): void {
  for (const button of buttons) {
    if (!button.isConnected || button.matches(':disabled')) continue;
    button.click();
  }
}
