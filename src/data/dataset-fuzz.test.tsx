import { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { App } from '../app/app';
import { LaterSectionsContext, sectionsFrom } from '../app/boot/deferred-sections';
import * as laterSections from '../app/boot/later-sections';
import { selectThemeCounts } from '../features/areas/area-selectors';
import { buildChartSvg } from '../features/areas/chart-image';
import DatasetErrorMessage from '../features/dataset/dataset-error-message';
import { formatPartialDate } from '../i18n/formatters';
import { selectQuotationParts } from './dataset-selectors';
import type { Locale } from '../i18n/locale';
import { I18nProvider } from '../i18n/use-i18n';
import { bundledDatasetJson } from '../testing/dataset-builders';
import { describeCase, fuzzSettings, mutateDataset, mutationsArb } from '../testing/dataset-fuzz';
import { outcomeProblems } from '../testing/dataset-fuzz-outcome';
import { readServerHtml, unsafeMarkup } from '../testing/safe-markup';
import {
  DEFAULT_URL_STATE,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../url-state/url-state';
import { datasetQueryOptions } from './dataset-query';
import type { Dataset } from './dataset-schema';
import { DatasetError } from './dataset-error';
import { parseDataset } from './parse-dataset';
import { localize } from './localize';

// Mutated datasets (100 in `npm test`, 1,000 in CI: FUZZ_RUNS), each validated, then drawn (valid) or reported (invalid).
// Drawing goes through the whole <App> with react-dom/server (several times faster than a jsdom
// render) and the HTML is read back as markup, so that escaping is checked, not assumed: by
// readServerHtml for every case, and by jsdom's HTML parser for every tenth, which must agree.
// The chart's SVG download is built from the same words and checked too.
// dataset-fuzz-app.test.tsx drives a few cases through the real loader in jsdom, as a user.

// The server renderer reads no URL: the case's view (language, plan, search) is handed to the app
// through its one URL hook.
const urlOverride = vi.hoisted(() => ({ state: null as UrlState | null }));
vi.mock('../url-state/use-url-state', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../url-state/use-url-state')>();
  return {
    ...actual,
    useUrlState: (): ReturnType<typeof actual.useUrlState> => {
      const [state, update] = actual.useUrlState();
      return [urlOverride.state ?? state, update];
    },
  };
});

const URL_SHOWN = '/data/plans.json';
const { seed, runs } = fuzzSettings('dataset fuzz (validate and draw)', 100);

/** HTML as the browser would build it from the server's text: mis-escaped text would nest. */
function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
}

/** The HTML parser rewrites a few characters of text; compare what survives the round trip. */
const normalize = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/\0/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

function renderDataset(dataset: Dataset, url: UrlState): string {
  const queryClient = new QueryClient();
  queryClient.setQueryData(datasetQueryOptions().queryKey, dataset);
  urlOverride.state = url;
  try {
    return renderToStaticMarkup(
      <LaterSectionsContext value={sectionsFrom(laterSections)}>
        <App queryClient={queryClient} />
      </LaterSectionsContext>,
    );
  } finally {
    urlOverride.state = null;
  }
}

function renderError(error: DatasetError, locale: Locale): Document {
  return parseHtml(
    renderToStaticMarkup(
      <I18nProvider locale={locale}>
        <DatasetErrorMessage error={error} onRetry={() => {}} />
      </I18nProvider>,
    ),
  );
}

/** The dataset's own words that the page must show, as text, for this view. */
function expectedTexts(dataset: Dataset, url: UrlState): [string, string][] {
  const l = url.lang;
  const texts: [string, string][] = [['summary', localize(dataset.summary, l)]];
  const selected =
    dataset.plans.find((plan) => plan.id === url.plan) ??
    dataset.plans.find((plan) => plan.id === dataset.featuredPlanId)!;
  const featured = dataset.plans.find((plan) => plan.id === dataset.featuredPlanId)!;
  for (const plan of dataset.plans) texts.push([`title of ${plan.id}`, localize(plan.title, l)]);
  if (selected.signing.place) texts.push(['place of signing', localize(selected.signing.place, l)]);
  for (const fact of selected.facts) texts.push([`fact ${fact.id}`, localize(fact.text, l)]);
  if (url.q === '')
    for (const area of featured.areas) texts.push([`area ${area.id}`, localize(area.name, l)]);
  for (const source of dataset.sources) {
    texts.push([`title of source ${source.id}`, source.title]);
    texts.push([`publisher of source ${source.id}`, source.publisher]);
    texts.push([`address of source ${source.id}`, source.url]);
  }
  for (const quote of dataset.quotes) {
    const shown = quote.versions.find((v) => v.language === l) ?? quote.versions[0]!;
    const { parts, between } = selectQuotationParts(shown);
    parts.forEach((part, i) => texts.push([`quote ${quote.id}, part ${i + 1}`, part]));
    between.forEach((words, i) =>
      texts.push([`quote ${quote.id}, words after part ${i + 1}`, words]),
    );
  }
  return texts;
}

/** Numbers in a date as shown ("31 janvier 2018" → 31, 2018). */
const numbersIn = (text: string) => (text.match(/\d+/g) ?? []).map(Number);

function drawingProblems(html: string, dataset: Dataset, url: UrlState): string[] {
  const { problems, text } = readServerHtml(html);
  for (const id of ['timeline', 'areas', 'quotes', 'sources'])
    if (!html.includes(` id="${id}"`)) problems.push(`section #${id} is not drawn`);
  for (const [what, value] of expectedTexts(dataset, url))
    if (!text.includes(value)) problems.push(`${what} is not shown as text`);

  // Each source's date is shown with the year (and day) the dataset gives, not a neighbour's.
  for (const source of dataset.sources) {
    const shown = formatPartialDate(source.date, url.lang);
    const [year, , day] = source.date.split('-').map(Number);
    const numbers = numbersIn(shown);
    if (!numbers.includes(year!) || (day !== undefined && !numbers.includes(day)))
      problems.push(`source ${source.id} dated ${source.date} is shown as "${shown}"`);
    if (!text.includes(` · ${shown} · `)) problems.push(`date of source ${source.id} not shown`);
  }

  // Every plan and theme can be chosen: its id survives a trip through the link.
  for (const plan of dataset.plans) {
    const back = parseUrlState(serializeUrlState({ ...DEFAULT_URL_STATE, plan: plan.id }));
    if (back.plan !== plan.id) problems.push(`plan ${plan.id} cannot be chosen through the link`);
  }
  for (const theme of dataset.themes) {
    const back = parseUrlState(serializeUrlState({ ...DEFAULT_URL_STATE, themes: [theme.id] }));
    if (back.themes[0] !== theme.id)
      problems.push(`theme ${theme.id} cannot be chosen through the link`);
  }
  return problems;
}

/** Text as an XML parser reads it back: no characters XML cannot hold, line ends as \n. */
const asXmlText = (text: string) =>
  Array.from(text)
    .filter((char) => {
      const code = char.codePointAt(0)!;
      return (
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        code >= 0x10000
      );
    })
    .join('')
    .replace(/\r\n?/g, '\n');

/** The chart's SVG download carries the dataset's words: well-formed, and only as text. */
function chartSvgProblems(dataset: Dataset, locale: Locale): string[] {
  const rows = selectThemeCounts(dataset, { themes: [], q: '', newOnly: false }, locale);
  const svg = buildChartSvg({
    title: localize(dataset.summary, locale),
    caption: 'caption',
    sourcesTitle: 'sources',
    sourceLines: dataset.sources.map((s) => `${s.publisher}, ${s.title}`),
    dataLine: localize(dataset.title, locale),
    dateLine: 'date',
    lang: locale,
    legend: { continuing: 'continuing', isNew: 'new', unknown: 'unknown' },
    rows,
  });
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (document.getElementsByTagName('parsererror').length > 0)
    return ['the chart’s SVG is not well-formed XML'];
  const problems = unsafeMarkup(document);
  const texts = Array.from(document.getElementsByTagName('text'), (t) => t.textContent ?? '');
  for (const row of rows)
    if (!texts.includes(asXmlText(row.label)))
      problems.push(`theme ${row.themeId} is not drawn as text in the SVG`);
  // The footer's lines are broken to fit: read them run together.
  const footer = texts.join('').replace(/\s+/g, '');
  for (const source of dataset.sources)
    if (!footer.includes(asXmlText(`${source.publisher}, ${source.title}`).replace(/\s+/g, '')))
      problems.push(`source ${source.id} is not drawn as text in the SVG`);
  return problems;
}

/** The browser's reading of the HTML (jsdom) and the fast one must agree. */
function readingsDisagree(html: string): string[] {
  const document = parseHtml(html);
  const fast = readServerHtml(html);
  const problems = [...unsafeMarkup(document.body), ...fast.problems];
  if (normalize(document.body.textContent ?? '') !== normalize(fast.text))
    problems.push('the text read by jsdom and by readServerHtml differ');
  return problems;
}

function errorProblems(document: Document, error: DatasetError, locale: Locale): string[] {
  const problems = unsafeMarkup(document.body);
  const alert = document.querySelector('[role=alert]');
  if (!alert) return [...problems, 'no alert'];
  const text = alert.textContent ?? '';
  const intro =
    locale === 'fr'
      ? `Le fichier ${URL_SHOWN} ne respecte pas le format attendu`
      : `The file ${URL_SHOWN} does not follow the expected format`;
  if (!text.includes(intro)) problems.push(`alert does not say "${intro}"`);
  const items = Array.from(alert.querySelectorAll('li'), (li) => li.textContent ?? '');
  const separator = locale === 'fr' ? ' : ' : ': ';
  error.issues.slice(0, 20).forEach((issue, i) => {
    if (!items[i]?.startsWith(`${issue.path}${separator}`))
      problems.push(`issue ${i} does not start with its path ${issue.path}: "${items[i]}"`);
  });
  return problems;
}

const caseArb = fc.record({
  mutations: mutationsArb,
  lang: fc.constantFrom<Locale>('fr', 'en'),
  planPick: fc.nat(),
  q: fc.oneof(
    { weight: 4, arbitrary: fc.constant('') },
    {
      weight: 1,
      arbitrary: fc.constantFrom('<script>alert(1)</script>', 'réforme', '"><img src=x>'),
    },
  ),
});

describe('a mutated dataset', () => {
  let consoleSpies: MockInstance[] = [];
  beforeEach(() => {
    consoleSpies = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
  });
  afterEach(() => consoleSpies.forEach((spy) => spy.mockRestore()));

  it('the checks pass on the bundled dataset and catch planted markup', () => {
    const dataset = parseDataset(bundledDatasetJson(), URL_SHOWN);
    for (const lang of ['fr', 'en'] as const) {
      const url = { ...DEFAULT_URL_STATE, lang };
      const html = renderDataset(dataset, url);
      expect(drawingProblems(html, dataset, url)).toEqual([]);
      expect(readingsDisagree(html)).toEqual([]);
    }
    const planted =
      '<p>ok &amp; &lt;b&gt;</p><img src=x onerror="alert(1)"><a href="javascript:alert(1)">x</a>' +
      '<a href="https://example.org/">y</a>';
    const expected = [
      '<img> element',
      'src on <img>',
      'onerror="alert(1)" on <img>',
      'href "javascript:alert(1)"',
      'link to https://example.org/ without rel="noopener noreferrer"',
    ];
    expect(unsafeMarkup(parseHtml(planted).body)).toEqual(expected);
    // Unquoted attributes are not React's: the fast reading says it cannot read them.
    expect(readServerHtml(planted).problems).toEqual([
      'stray "<" in "<img src=x onerror="alert(1)"><a href="j"',
      ...expected.slice(3),
      'unescaped < or > in text',
    ]);
    expect(readServerHtml('<p title="a&quot;b">x &lt;y&gt; &#x27;z&#39;</p>')).toEqual({
      problems: [],
      text: "x <y> 'z'",
    });
  });

  it(`is either drawn safely as text or refused with the faulty paths (${runs} cases)`, () => {
    let drawn = 0;
    let refused = 0;
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).join();
    fc.assert(
      fc.property(caseArb, ({ mutations, lang, planPick, q }) => {
        const { input, applied } = mutateDataset(mutations);
        const context = `changes: ${describeCase(applied)}`;
        let dataset: Dataset | null = null;
        let error: DatasetError | null = null;
        try {
          dataset = parseDataset(input, URL_SHOWN);
        } catch (caught) {
          if (!(caught instanceof DatasetError) || caught.kind !== 'schema') throw caught;
          error = caught;
        }
        const outcome = outcomeProblems(applied, input, error ? error.issues : null);
        expect(
          outcome,
          `${context}\nissues: ${JSON.stringify(error?.issues.map((i) => [i.path, i.problem.kind]))}`,
        ).toEqual([]);
        // Unknown keys such as "__proto__" never reach an object's prototype.
        expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(prototypeKeys);

        if (dataset) {
          drawn += 1;
          const plan = dataset.plans[planPick % dataset.plans.length]!.id;
          const url = parseUrlState(serializeUrlState({ ...DEFAULT_URL_STATE, lang, plan, q }));
          const html = renderDataset(dataset, url);
          expect(drawingProblems(html, dataset, url), context).toEqual([]);
          expect(chartSvgProblems(dataset, lang), context).toEqual([]);
          // Every tenth drawing is also parsed by jsdom, as a browser would: same verdict, same text.
          if (drawn % 10 === 1) expect(readingsDisagree(html), context).toEqual([]);
        } else if (error) {
          refused += 1;
          expect(errorProblems(renderError(error, lang), error, lang), context).toEqual([]);
        }
        for (const spy of consoleSpies) expect(spy, context).not.toHaveBeenCalled();
      }),
      { seed, numRuns: runs },
    );
    console.info(`dataset fuzz: ${drawn} drawn, ${refused} refused`);
    // Both halves of the property are exercised, whatever the seed.
    expect(drawn).toBeGreaterThan(runs / 5);
    expect(refused).toBeGreaterThan(runs / 5);
  }, 180_000);
});
