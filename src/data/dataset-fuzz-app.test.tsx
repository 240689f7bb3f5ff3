import { fireEvent, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import {
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
  type MockInstance,
} from 'vitest';
import { LOCALES, type Locale } from '../i18n/locale';
import { describeCase, fuzzSettings, mutateDataset, mutationsArb } from '../testing/dataset-fuzz';
import { renderApp } from '../testing/render-app';
import { unsafeMarkup } from '../testing/safe-markup';
import { DatasetError } from './dataset-error';
import { parseDataset } from './parse-dataset';
import { selectQuotationParts } from './dataset-selectors';
import type { Dataset } from './dataset-schema';

// Mutated datasets (4 in `npm test`, 12 in CI: FUZZ_APP_RUNS) through the whole app in jsdom: the
// real loader (only fetch is stubbed), the lazy chart drawn, and a reader's clicks (every plan,
// every quote's other version, the chart's table, a theme, the other language).
// dataset-fuzz.test.tsx covers many more cases through the server renderer; this one covers what
// only a live page does (effects, events).

const { seed, runs } = fuzzSettings('dataset fuzz (whole app in jsdom)', 4, 'FUZZ_APP_RUNS');

const caseArb = fc.record({ mutations: mutationsArb, lang: fc.constantFrom<Locale>(...LOCALES) });

function expectSafe(context: string) {
  expect(unsafeMarkup(document.body), context).toEqual([]);
}

async function useAsReader(container: HTMLElement, dataset: Dataset, context: string) {
  const sectionAlerts = () =>
    container.querySelectorAll('section [role=alert], main > [role=alert]');
  expect(sectionAlerts(), `${context}: a section failed`).toHaveLength(0);

  // Every plan can be chosen, and its details show its title.
  const planButtons = () => container.querySelectorAll<HTMLElement>('#timeline ol > li button');
  expect(planButtons(), context).toHaveLength(dataset.plans.length);
  for (let i = 0; i < dataset.plans.length; i += 1) {
    fireEvent.click(planButtons()[i]!);
    expect(planButtons()[i], `${context}: plan ${i} chosen`).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expectSafe(context);
  }

  // Each quote shows its other versions, one click each, as text.
  for (const figure of container.querySelectorAll<HTMLElement>('#quotes figure')) {
    const button = figure.querySelector('button');
    if (button) fireEvent.click(button);
    const shown = figure.querySelector('blockquote')?.textContent ?? '';
    const versions = dataset.quotes.flatMap((q) => q.versions.map(selectQuotationParts));
    expect(
      versions.some(({ parts, between }) =>
        [...parts, ...between].every((text) => shown.includes(text)),
      ),
      `${context}: quote shows a version`,
    ).toBe(true);
  }

  // The chart draws (lazy chunk), its table opens, and a theme filters the grid.
  await waitFor(() => expect(container.querySelector('#areas .recharts-wrapper')).not.toBeNull());
  const summary = container.querySelector<HTMLElement>('#areas details summary');
  if (summary) fireEvent.click(summary);
  const themeButton = container.querySelector<HTMLElement>('#areas [role=group] button');
  if (themeButton) {
    fireEvent.click(themeButton);
    expect(themeButton, context).toHaveAttribute('aria-pressed', 'true');
  }
  expectSafe(context);

  // Another language: Arabic (right to left, translated texts) from French, French from the others.
  const lang = document.documentElement.lang;
  const other = lang === 'fr' ? 'ar' : 'fr';
  fireEvent.click(container.querySelector<HTMLElement>(`header a[hreflang="${other}"]`)!);
  await waitFor(() => expect(document.documentElement.lang).not.toBe(lang));
  expectSafe(context);
  expect(sectionAlerts(), `${context}: a section failed`).toHaveLength(0);
}

async function readRefusal(container: HTMLElement, error: DatasetError, context: string) {
  const alert = await waitFor(() => {
    const found = container.querySelector<HTMLElement>('[role=alert]');
    expect(found).not.toBeNull();
    return found!;
  });
  const items = Array.from(alert.querySelectorAll('li'), (li) => li.textContent ?? '');
  error.issues.slice(0, 20).forEach((issue, i) => {
    const startsWithPath = [`${issue.path} : `, `${issue.path}: `].some((prefix) =>
      items[i]?.startsWith(prefix),
    );
    expect(startsWithPath, `${context}: issue ${i} "${items[i]}" names ${issue.path}`).toBe(true);
  });
  expectSafe(context);
  // Retry with the same answer: the same message, no crash.
  fireEvent.click(alert.querySelector('button')!);
  await waitFor(() => expect(container.querySelector('[role=alert] li')).not.toBeNull());
}

// The app's later sections, loaded as a page has them once it has loaded (deferred-sections.tsx).
beforeAll(() => import('../app/boot/later-sections'));

describe('a mutated dataset in the whole app', () => {
  let consoleSpies: MockInstance[] = [];
  beforeEach(() => {
    consoleSpies = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
  });
  afterEach(() => consoleSpies.forEach((spy) => spy.mockRestore()));

  it(`loads, is used and switches language, or says what is wrong (${runs} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ mutations, lang }) => {
        const { text, input, applied } = mutateDataset(mutations);
        const context = `changes: ${describeCase(applied)}`;
        let dataset: Dataset | null = null;
        let error: DatasetError | null = null;
        try {
          dataset = parseDataset(input, '/data/plans.json');
        } catch (caught) {
          error = caught as DatasetError;
        }
        const { container, unmount } = renderApp({
          url: lang === 'fr' ? '/' : `/?lang=${lang}`,
          responder: () =>
            new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } }),
          withUserEvent: false,
        });
        try {
          if (dataset) {
            await waitFor(() => expect(container.querySelector('#sources')).not.toBeNull());
            await useAsReader(container, dataset, context);
          } else {
            await readRefusal(container, error!, context);
          }
          for (const spy of consoleSpies) expect(spy, context).not.toHaveBeenCalled();
        } finally {
          unmount();
        }
      }),
      { seed, numRuns: runs },
    );
  }, 180_000);
});
