import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { counter, settled, slideGroup } from './deck-support';
import { expect, expectNoAxeViolations, openDashboard, test, waitForChart } from './support';

// The deck (src/deck/deck.tsx) drawn from the slide model (src/deck/select-slides.ts): fit and type
// at projector sizes, keys, the printed deck. The presenter's window is in presenter.spec.ts.

const slideTitle = (page: Page) => slideGroup(page).getByRole('heading', { level: 2 });

async function slideCount(page: Page): Promise<number> {
  const text = (await counter(page).textContent()) ?? '';
  const match = /(\d+) \/ (\d+)/.exec(text);
  if (!match) throw new Error(`no progress in "${text}"`);
  return Number(match[2]);
}

async function expectSlide(page: Page, n: number, total: number) {
  await expect(counter(page)).toHaveText(new RegExp(`^(Diapositive|Slide) ${n} / ${total}$`));
  await expect(slideGroup(page)).toHaveAttribute(
    'aria-label',
    new RegExp(`^${n} (sur|of) ${total}$`),
  );
  await expect(page).toHaveURL(
    n === 1 ? /mode=present(?!.*slide=)/ : new RegExp(`[?&]slide=${n}(&|$)`),
  );
}

test('the Present control opens a deck that steps through every slide by keyboard and back', async ({
  page,
}) => {
  await openDashboard(page);
  await page.getByRole('button', { name: 'Présenter', exact: true }).click();
  await expect(page.locator('.deck')).toBeVisible();
  await expect(slideTitle(page)).toHaveText('Plans d’action conjoints ONUDC–OSCE');
  await expect(slideGroup(page)).toHaveAttribute('aria-roledescription', 'diapositive');
  const total = await slideCount(page);
  // Title, timeline, the milestones, chart, areas in two slides, what is new, the
  // plan in brief, two quotes, two slides of sources.
  expect(total).toBe(12);
  const forward = ['ArrowRight', 'ArrowDown', 'PageDown', ' '];
  for (let n = 2; n <= total; n += 1) {
    await page.keyboard.press(forward[n % forward.length]!);
    await expectSlide(page, n, total);
  }
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, total, total);
  const backward = ['ArrowLeft', 'ArrowUp', 'PageUp'];
  for (let n = total - 1; n >= 1; n -= 1) {
    await page.keyboard.press(backward[n % backward.length]!);
    await expectSlide(page, n, total);
  }
  await page.keyboard.press('End');
  await expectSlide(page, total, total);
  await page.keyboard.press('Home');
  await expectSlide(page, 1, total);
  // The polite live region says where the deck is.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.deck [aria-live="polite"]')).toHaveText(
    'Diapositive 2 sur 12 : Les quatre plans',
  );
  await page.keyboard.press('Escape');
  await expect(page.locator('.deck')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).not.toHaveURL(/mode=present/);
});

test('the deck brings its own stylesheet, and the dashboard is laid out the same after it', async ({
  page,
}) => {
  // The first load's stylesheet holds none of the deck's rules (src/deck/deck.css);
  // once shown, the deck's stays in the page and must not reorder the dashboard's utilities.
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDashboard(page);
  await waitForChart(page);
  const hasDeckRules = () =>
    page.evaluate(() =>
      [...document.styleSheets].some((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.includes('.slide-stage')),
      ),
    );
  const layout = () =>
    page.evaluate(() => {
      const box = (name: string) => {
        const button = [...document.querySelectorAll('header button')].find(
          (element) => element.textContent === name,
        );
        const rect = button?.getBoundingClientRect();
        return rect && rect.width > 0
          ? [rect.x, rect.y + window.scrollY, rect.width, rect.height]
          : null;
      };
      return {
        present: box('Présenter'),
        darkScheme: box('Thème sombre'),
        height: document.documentElement.scrollHeight,
      };
    });
  expect(await hasDeckRules()).toBe(false);
  const before = await layout();
  expect(before.present).not.toBeNull();
  expect(before.darkScheme?.[1]).toBe(before.present?.[1]);

  await page.getByRole('button', { name: 'Présenter', exact: true }).click();
  await expect(page.locator('.deck')).toBeVisible();
  expect(await hasDeckRules()).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator('.deck')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await layout()).toEqual(before);
});

test('a reload or a shared link lands on the same slide', async ({ page }) => {
  await page.goto('/?mode=present&slide=6&lang=en');
  await expect(counter(page)).toHaveText('Slide 6 / 12');
  await page.reload();
  await expect(counter(page)).toHaveText('Slide 6 / 12');
  await expect(slideTitle(page)).toHaveText('The thematic areas by theme (2/2)');
  // A slide number past the end lands on the last slide.
  await page.goto('/?mode=present&slide=99');
  await expect(counter(page)).toHaveText('Diapositive 12 / 12');
});

test('the visible buttons work without a keyboard, and the deck follows the theme filter', async ({
  page,
}) => {
  await page.goto('/?mode=present&themes=cyber,people');
  await expect(counter(page)).toHaveText('Diapositive 1 / 10');
  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Suivante' }).click();
  // Three areas: listed beside the chart rather than on a near-empty slide of their own.
  await expect(slideTitle(page)).toHaveText('Domaines thématiques du plan 2018-2019');
  await expect(slideGroup(page).getByRole('heading', { level: 3 })).toHaveText([
    'Personnes',
    'Cybercriminalité',
  ]);
  await page.getByRole('button', { name: 'Précédente' }).click();
  await expect(counter(page)).toHaveText('Diapositive 3 / 10');
  await page.getByRole('button', { name: 'Quitter la présentation' }).click();
  await expect(page).toHaveURL(/themes=cyber%2Cpeople/);
  await expect(page.locator('.deck')).toHaveCount(0);
});

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

for (const lang of ['fr', 'en'] as const) {
  for (const viewport of SIZES) {
    test(`${lang}: every slide fits ${viewport.width}×${viewport.height} on a 16:9 stage, type sized to the stage`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/?mode=present&lang=${lang}`);
      const total = await slideCount(page);
      expect(total).toBe(12);
      let smallestBody = 1;
      for (let n = 1; n <= total; n += 1) {
        if (n > 1) await page.keyboard.press('PageDown');
        await expectSlide(page, n, total);
        const measured = await page.evaluate(() => {
          const stage = document.querySelector('.deck [role="group"]') as HTMLElement;
          const box = stage.getBoundingClientRect();
          const outside: string[] = [];
          const sizes: { text: string; ratio: number; isTitle: boolean; isChrome: boolean }[] = [];
          for (const element of stage.querySelectorAll<HTMLElement>('*')) {
            if (element.closest('.sr-only')) continue;
            const ownText = [...element.childNodes]
              .filter((node) => node.nodeType === Node.TEXT_NODE)
              .map((node) => node.textContent ?? '')
              .join('')
              .trim();
            const rect = element.getBoundingClientRect();
            if (rect.width === 0 && rect.height === 0) continue;
            // Everything drawn stays on the stage: nothing clipped or spilling out.
            if (
              rect.top < box.top - 1 ||
              rect.bottom > box.bottom + 1 ||
              rect.left < box.left - 1 ||
              rect.right > box.right + 1
            )
              outside.push(`${element.tagName} "${element.textContent?.slice(0, 40)}"`);
            if (ownText === '') continue;
            sizes.push({
              text: ownText.slice(0, 40),
              ratio: parseFloat(getComputedStyle(element).fontSize) / box.height,
              isTitle: element.tagName === 'H2',
              isChrome: element.closest('[data-slide-chrome]') !== null,
            });
          }
          return {
            width: box.width,
            height: box.height,
            inViewport:
              box.top >= 0 &&
              box.left >= 0 &&
              box.bottom <= window.innerHeight + 0.5 &&
              box.right <= window.innerWidth + 0.5,
            pageOverflowY: document.documentElement.scrollHeight - window.innerHeight,
            pageOverflowX: document.documentElement.scrollWidth - window.innerWidth,
            outside,
            sizes,
            isSources: stage.querySelector('ol li span[lang]') !== null,
          };
        });
        const where = `${lang} ${viewport.width}×${viewport.height} slide ${n}`;
        expect(measured.width / measured.height, `${where}: 16:9`).toBeCloseTo(16 / 9, 2);
        expect(measured.inViewport, `${where}: stage inside the window`).toBe(true);
        // As large as the window allows: it touches two opposite edges of its host.
        expect(
          Math.max(measured.width / viewport.width, measured.height / (viewport.height - 120)),
          `${where}: stage as large as the window allows`,
        ).toBeGreaterThan(0.85);
        expect(measured.pageOverflowY, `${where}: page scrolls`).toBeLessThanOrEqual(0);
        expect(measured.pageOverflowX, `${where}: page scrolls sideways`).toBeLessThanOrEqual(0);
        expect(measured.outside, `${where}: drawn outside the stage`).toEqual([]);
        const bodyMinimum = measured.isSources ? 0.025 : 0.035;
        for (const size of measured.sizes) {
          if (size.isChrome) {
            expect(size.ratio, `${where}: slide footer "${size.text}"`).toBeGreaterThanOrEqual(
              0.025,
            );
            continue;
          }
          expect(size.ratio, `${where}: "${size.text}"`).toBeGreaterThanOrEqual(
            size.isTitle ? 0.055 : bodyMinimum - 0.0005,
          );
          if (!size.isTitle && !measured.isSources)
            smallestBody = Math.min(smallestBody, size.ratio);
        }
      }
      test.info().annotations.push({
        type: 'smallest body type',
        description: `${(smallestBody * 100).toFixed(2)} % of the stage height`,
      });
    });
  }
}

test('the timeline slide marks the milestones on the page’s axis; their dated list follows', async ({
  page,
}) => {
  for (const lang of ['fr', 'en'] as const) {
    await page.goto(`/?mode=present&lang=${lang}&slide=2`);
    await expect(slideTitle(page)).toHaveText(
      lang === 'fr' ? 'Les quatre plans' : 'The four plans',
    );
    await expect(slideGroup(page).locator('[data-slide-milestones] > span')).toHaveText([
      'A',
      'B',
      'C',
      'D',
      'E',
    ]);
    // The page's scale: the 2010 milestone opens the axis.
    await expect(slideGroup(page).getByText('2010', { exact: true })).toBeVisible();
    await settled(page);
    await expectNoAxeViolations(page, `${lang} timeline slide`);
    await page.keyboard.press('ArrowRight');
    await expect(slideTitle(page)).toHaveText(lang === 'fr' ? 'Les jalons' : 'Milestones');
    await expect(slideGroup(page).getByRole('listitem').first()).toContainText(
      lang === 'fr' ? 'A · 2010 · Indiqué par la source' : 'A · 2010 · Stated by the source',
    );
    await settled(page);
    await expectNoAxeViolations(page, `${lang} milestones slide`);
  }
});

test('motion respects prefers-reduced-motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?mode=present&slide=2');
  await expect(counter(page)).toHaveText('Diapositive 2 / 12');
  const animation = await slideGroup(page).evaluate((el) => getComputedStyle(el).animationName);
  expect(animation).toBe('none');
});

test('B or . blacks the screen out and the same key brings it back; W whitens it', async ({
  page,
}) => {
  await page.goto('/?mode=present&slide=4');
  await expect(counter(page)).toHaveText('Diapositive 4 / 12');
  const coversWindow = () =>
    page.evaluate(() => {
      const topmost = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
      const blank = topmost?.closest('.deck-blank-black, .deck-blank-white');
      return blank ? getComputedStyle(blank).backgroundColor : null;
    });
  await page.keyboard.press('b');
  await expect.poll(coversWindow).toBe('rgb(0, 0, 0)');
  await page.keyboard.press('b');
  await expect.poll(coversWindow).toBeNull();
  await page.keyboard.press('.');
  await expect.poll(coversWindow).toBe('rgb(0, 0, 0)');
  await page.keyboard.press('.');
  await page.keyboard.press('w');
  await expect.poll(coversWindow).toBe('rgb(255, 255, 255)');
  await page.keyboard.press('w');
  await expect.poll(coversWindow).toBeNull();
  await expect(slideTitle(page)).toHaveText('Domaines thématiques du plan 2018-2019');
});

test('a slide number then Enter jumps to it; ? lists the keys', async ({ page }) => {
  await page.goto('/?mode=present&lang=en');
  await expect(counter(page)).toHaveText('Slide 1 / 12');
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');
  await expectSlide(page, 8, 12);
  await expect(slideTitle(page)).toHaveText('The 2018-2019 plan in brief');
  await page.keyboard.type('13');
  await page.keyboard.press('Enter');
  await expectSlide(page, 12, 12);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Presentation keys' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Number then Enter');
  await settled(page);
  await expectNoAxeViolations(page, 'deck with the keys dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(counter(page)).toHaveText('Slide 12 / 12');
});

test('the printed deck has one 16:9 page per slide, in French and English, filters followed', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'deck-pdf-'));
  try {
    for (const [search, pages] of [
      ['?mode=present', 12],
      ['?mode=present&lang=en&slide=4', 12],
      ['?mode=present&lang=en&themes=crime,people', 11],
    ] as const) {
      await page.goto(`/${search}`);
      await expect(counter(page)).toBeVisible();
      await expect(
        page.getByRole('button', { name: /^(Imprimer les diapositives|Print the slides) \/ PDF$/ }),
      ).toBeVisible();
      const file = join(dir, 'deck.pdf');
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info, search).toMatch(new RegExp(`^Pages:\\s+${pages}$`, 'm'));
      // 960 × 540 pt: PowerPoint's 16:9 (13.33 × 7.5 in), on every page.
      const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file], {
        encoding: 'utf8',
      }).match(/^Page\s+\d+ size:.*$/gm);
      expect(sizes, search).toHaveLength(pages);
      for (const size of sizes!) expect(size).toMatch(/960 x 540 pts/);
      // Every slide, in order, and nothing else: the text of page k is slide k's.
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const pageTexts = text.split('\f').filter((t) => t.trim() !== '');
      expect(pageTexts).toHaveLength(pages);
      expect(pageTexts[0]).toMatch(
        /(Plans d’action conjoints ONUDC–OSCE|UNODC–OSCE joint action plans)/,
      );
      expect(pageTexts.at(-1)).toMatch(/Sources/);
      pageTexts.forEach((pageText, index) =>
        // pdftotext may drop the narrow spaces around the slash.
        expect(pageText).toMatch(new RegExp(`\\b${index + 1}\\s*/\\s*${pages}\\b`)),
      );
      expect(text).not.toMatch(/Quitter la présentation|Leave the presentation/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the deck and the presenter view have no axe violations, in French and English', async ({
  page,
}) => {
  // A scan per view, several views: it outlasted 30 s on a machine busy with other work.
  test.slow();
  for (const search of [
    '?mode=present',
    '?mode=present&slide=2',
    '?mode=present&slide=3',
    '?mode=present&slide=4&lang=en',
    '?mode=present&slide=8&lang=en',
    '?mode=present&slide=10',
    '?mode=present&slide=3&themes=terrorism&lang=en',
    '?mode=presenter&slide=2',
    '?mode=presenter&slide=8&lang=en',
  ]) {
    await page.goto(`/${search}`);
    await expect(page.locator('.deck, .presenter-view')).toBeVisible();
    await settled(page);
    await expectNoAxeViolations(page, `deck ${search}`);
  }
});
