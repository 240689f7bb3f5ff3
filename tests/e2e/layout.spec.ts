import type { Page } from '@playwright/test';
import { expectCleanLayout, findLayoutProblems, waitForStillLayout } from './layout-check';
import { LOCALES, type Locale } from '../../src/i18n/locale';
import { expect, openDashboard, statusCount, test, waitForApp, waitForChart } from './support';

// Every view, slide and printed page is checked for what a reader would see as broken: text over
// text, clipped words, bars over labels (layout-check.ts). The first test shows the check fails.

// The two languages of the sources get every check (both schemes, embed, paper); the six
// translations the page in light at both sizes; every slide is checked at the three deck sizes in
// all eight (the slides' splits and widths follow each language's lengths, src/deck/deck-metrics.ts).
const LANGUAGES = ['fr', 'en'] as const;
const TRANSLATIONS = LOCALES.filter((locale) => locale !== 'fr' && locale !== 'en');
const PAGE_SIZES = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;
const SLIDE_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;
// Paper, as CSS pixels at 96 per inch, less print.css's margins (10 mm by 11 mm).
const PAPERS = [
  { name: 'A4', width: Math.round(((210 - 22) / 25.4) * 96), height: 1000 },
  { name: 'Letter', width: Math.round((8.5 - 22 / 25.4) * 96), height: 1000 },
] as const;

const query = (lang: string, extra = '') => {
  const params = [lang === 'fr' ? '' : `lang=${lang}`, extra].filter(Boolean).join('&');
  return params ? `?${params}` : '';
};

/** The whole page drawn: the lazy chart too, and no animation half-way. */
async function openWholePage(page: Page, search: string) {
  if (/(^|[?&])lang=(?!fr|en)/.test(search)) {
    // openDashboard reads the count in French or English: in another language, any count.
    await page.goto(`/${search}`);
    await expect(statusCount(page)).toHaveText(/\S/);
    await waitForApp(page);
  } else {
    await openDashboard(page, search);
  }
  await waitForChart(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
}

test('the layout check fails on a page a reader would see as broken', async ({ page }) => {
  await page.setContent(`
    <p style="position:absolute;top:10px;left:10px;font:20px sans-serif">Plans d’action</p>
    <p style="position:absolute;top:14px;left:30px;font:20px sans-serif">Joint action plans</p>
    <div style="position:absolute;top:80px;width:120px;height:30px;overflow:hidden">
      <span style="white-space:nowrap;font:20px sans-serif">Domaines thématiques du plan</span>
    </div>
    <ol style="position:absolute;top:150px;width:400px">
      <li data-layout-row style="height:20px">2018-2019
        <svg width="400" height="20" style="overflow:visible;position:absolute;left:0">
          <rect data-layout-mark="plan" x="0" y="10" width="300" height="40" />
        </svg>
      </li>
      <li style="height:20px;padding-top:8px">31 janvier 2018 Le plan…</li>
    </ol>
    <span style="position:absolute;left:1400px;top:0">far right</span>`);
  await page.setViewportSize({ width: 1280, height: 720 });
  const kinds = (await findLayoutProblems(page)).map((problem) => problem.kind).sort();
  expect(kinds).toEqual([
    'clipped',
    'mark-outside-row',
    'mark-over-text',
    'overlap',
    'page-overflow',
  ]);
});

test.describe('on a broken copy', () => {
  // The broken copy is a stylesheet added by the test, which the page's CSP would refuse.
  test.use({ bypassCSP: true });
  test('the layout check fails on a broken copy of the deck and of the printed timeline', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?mode=present');
    await expect(page.locator('.slide-stage h2')).toBeVisible();
    await page.addStyleTag({
      content: '.slide-stage h2 { white-space: nowrap; font-size: 40cqh }',
    });
    // The slide fades in (opacity 0 at first, which the check takes for hidden): let it end.
    await waitForStillLayout(page, '.deck-root');
    const deck = await findLayoutProblems(page, { root: '.deck-root' });
    expect(deck.map((problem) => problem.kind)).toContain('clipped');

    // The timeline as it was printed before its marks were drawn in percent: bars 32 px high on a
    // 20 px track ran over the next row.
    await page.setViewportSize({ width: PAPERS[0].width, height: 1000 });
    await openDashboard(page);
    await page.emulateMedia({ media: 'print' });
    await page.addStyleTag({
      content: '#timeline [data-layout-mark="plan"] > * { y: 6px; height: 32px }',
    });
    const timeline = await findLayoutProblems(page, { root: '#timeline' });
    expect(timeline.map((problem) => problem.kind)).toContain('mark-outside-row');
  });
});

for (const lang of LANGUAGES) {
  test.describe(`the page in ${lang}`, () => {
    for (const size of PAGE_SIZES) {
      for (const scheme of ['light', 'dark'] as const) {
        test(`at ${size.width}×${size.height}, ${scheme}`, async ({ page }) => {
          await page.setViewportSize(size);
          await openWholePage(page, query(lang, `scheme=${scheme}`));
          await expectCleanLayout(page, `${lang} ${size.width}×${size.height} ${scheme}`);
        });
      }
    }

    test('the embed at 1280×900 and 390×844', async ({ page }) => {
      for (const size of PAGE_SIZES) {
        await page.setViewportSize(size);
        await openWholePage(page, query(lang, 'embed=1'));
        await expectCleanLayout(page, `${lang} embed ${size.width}×${size.height}`);
      }
    });

    for (const paper of PAPERS) {
      test(`the printed handout on ${paper.name}`, async ({ page }) => {
        await page.setViewportSize({ width: paper.width, height: paper.height });
        await openWholePage(page, query(lang));
        await page.emulateMedia({ media: 'print' });
        await expectCleanLayout(page, `${lang} handout ${paper.name}`);
      });
    }

    test('the printed slides, one 960 × 540 pt page each', async ({ page }) => {
      // 960 pt is 1280 CSS pixels: the printed slides' own size (deck.css).
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`/${query(lang, 'mode=present')}`);
      await expect(page.locator('.deck-progress')).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.print-slide').first()).toBeVisible();
      expect(await page.locator('.print-slide').count()).toBeGreaterThan(5);
      await expectCleanLayout(page, `${lang} printed slides`, { root: '.deck-print' });
    });
  });
}

// Known defects, each naming what a reader sees and the component at fault; turn the test back on
// once mended. (Mended: the Arabic chart, now mirrored; the Russian milestones and areas, whose
// limits now count wider letters for more, src/deck/deck-metrics.ts textUnits; the German, Spanish
// and Italian areas, split by each column's estimated height, src/deck/select-area-slides.ts; the
// Russian timeline, whose label column widens for its labels and whose legend wraps in two columns,
// src/deck/slide-timeline.tsx.)
const PAGE_DEFECTS: Partial<Record<Locale, string>> = {};
const DECK_DEFECTS: Partial<Record<Locale, { sizes: readonly number[]; defect: string }>> = {};

for (const lang of TRANSLATIONS) {
  test.describe(`the page in ${lang}`, () => {
    for (const size of PAGE_SIZES) {
      const defect = PAGE_DEFECTS[lang];
      const declare = defect ? test.fixme : test;
      const title = `at ${size.width}×${size.height}, light`;
      declare(defect ? `${title} — defect: ${defect}` : title, async ({ page }) => {
        await page.setViewportSize(size);
        await openWholePage(page, query(lang, 'scheme=light'));
        await expectCleanLayout(page, `${lang} ${size.width}×${size.height} light`);
      });
    }
  });
}

/**
 * What a slide draws in the bottom tenth of its stage, where the back row does not see over heads
 * (DESIGN.md): text or a chart's mark, apart from the footer's deck title and slide number.
 */
function drawnInBottomTenth(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const stage = document.querySelector('.deck-root .slide-stage');
    if (!stage) return ['no stage'];
    const box = stage.getBoundingClientRect();
    const low: string[] = [];
    for (const element of stage.querySelectorAll('*')) {
      if (element.closest('[data-slide-chrome], .sr-only')) continue;
      const hasText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      );
      const isMark = element instanceof SVGGraphicsElement && !(element instanceof SVGSVGElement);
      if (!hasText && !isMark) continue;
      const rect = element.getBoundingClientRect();
      // Within a pixel: a small stage rounds its type to whole pixels.
      if (rect.height === 0 || rect.bottom <= box.top + box.height * 0.9 + 1) continue;
      const share = Math.round(((rect.bottom - box.top) / box.height) * 1000) / 10;
      low.push(
        `${element.tagName} "${(element.textContent ?? '').trim().slice(0, 40)}" to ${share} %`,
      );
    }
    return low;
  });
}

/** Walks the deck from its first slide and checks each, and the control bar on the first. */
async function expectCleanSlides(
  page: Page,
  lang: Locale,
  size: { width: number; height: number },
) {
  await page.setViewportSize(size);
  await page.goto(`/${query(lang, 'mode=present')}`);
  const counter = page.locator('.deck-progress');
  // "Slide 1 / 12", "幻灯片1/12", "الشريحة 1 / 12"…
  await expect(counter).toHaveText(/\d+\s*\/\s*\d+$/);
  const total = Number(/\/\s*(\d+)$/.exec((await counter.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(5);
  for (let slide = 1; slide <= total; slide += 1) {
    await expect(counter).toHaveText(new RegExp(`(^|\\D)${slide}\\s*/\\s*${total}$`));
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    // The controls float over the stage (they fade when idle): the slide and the bar are each
    // checked on their own.
    await expectCleanLayout(page, `${lang} slide ${slide} at ${size.width}×${size.height}`, {
      root: '.deck-root .slide-stage',
    });
    const low = await drawnInBottomTenth(page);
    expect(
      low,
      `${lang} slide ${slide} at ${size.width}×${size.height}: drawn in the bottom tenth`,
    ).toEqual([]);
    if (slide === 1) {
      await expectCleanLayout(page, `${lang} controls at ${size.width}×${size.height}`, {
        root: '.deck-root nav',
      });
    }
    // PageDown, what a clicker sends: the next slide whatever the direction (Left is next in Arabic).
    await page.keyboard.press('PageDown');
  }
}

for (const lang of LOCALES) {
  test.describe(`the deck in ${lang}`, () => {
    for (const size of SLIDE_SIZES) {
      const known = DECK_DEFECTS[lang]?.sizes.includes(size.width) ? DECK_DEFECTS[lang] : null;
      const declare = known ? test.fixme : test;
      const title = `every slide at ${size.width}×${size.height}`;
      declare(known ? `${title} — defect: ${known.defect}` : title, async ({ page }) => {
        test.slow();
        await expectCleanSlides(page, lang, size);
      });
    }
  });
}
