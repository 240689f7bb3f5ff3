import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import {
  areaCards,
  expect,
  expectNoAxeViolations,
  openDashboard,
  pressUntilFocused,
  readDataset,
  test,
  timelinePlans,
  waitForChart,
  openDatasetFile,
} from './support';

// Issue 11: a timeline with time in it, and a dashboard that reads at a glance.

interface Box {
  x: number;
  width: number;
}

const centerOf = (box: Box) => box.x + box.width / 2;

async function boxes(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const { x, width } = element.getBoundingClientRect();
      return { x, width };
    }),
  );
}

/** The year labels of the axis and where each year's band starts and ends on screen. */
async function axis(page: Page) {
  const labels = page.locator('#timeline [data-timeline-axis] text');
  const years = (await labels.allTextContents()).map(Number);
  const centers = (await boxes(labels)).map(centerOf);
  const step = (centers.at(-1)! - centers[0]!) / (centers.length - 1);
  const start = (year: number) => centers[0]! + (year - years[0]!) * step - step / 2;
  return { years, centers, step, start };
}

/** The mark drawn in a plan's row (the first shape of its track; a fade follows an open end). */
const planMark = (page: Page, index: number) =>
  timelinePlans(page).nth(index).locator('svg rect').first();

const LANGUAGES = [
  {
    lang: 'fr',
    search: '',
    releaseTitle: "L'ONUDC et le Secrétariat de l'OSCE signent un nouveau plan d'action conjoint",
    undocumented: 'Période non documentée',
    between: 'quelque part entre 2014 et 2018',
    milestoneDates: ['2010', 'décembre 2011', '30 mars 2012', '10 février 2014', '31 janvier 2018'],
    milestones: 'Jalons datés par les sources',
    figures: 'plans d’action conjoints',
    ownRelease: 'source-unodc-2018-fr',
    otherRelease: 'source-unodc-2018-en',
    loading: 'Chargement du graphique',
    areaList: 'Domaines thématiques',
  },
  {
    lang: 'en',
    search: '?lang=en',
    releaseTitle: 'UNODC and OSCE sign new 2018-2019 Joint Action Plan',
    undocumented: 'Period not documented',
    between: 'sometime between 2014 and 2018',
    milestoneDates: [
      '2010',
      'December 2011',
      '30 March 2012',
      '10 February 2014',
      '31 January 2018',
    ],
    milestones: 'Milestones dated by the sources',
    figures: 'joint action plans',
    ownRelease: 'source-unodc-2018-en',
    otherRelease: 'source-unodc-2018-fr',
    loading: 'Loading the chart',
    areaList: 'Thematic areas',
  },
] as const;

test.describe('the timeline', () => {
  for (const l of LANGUAGES) {
    test(`${l.lang}: year labels evenly spaced on a linear axis, each plan at its years`, async ({
      page,
    }) => {
      await openDashboard(page, l.search);
      const { years, centers, step, start } = await axis(page);
      expect(years).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019]);
      expect(step).toBeGreaterThan(40);
      for (let i = 1; i < centers.length; i += 1) {
        expect(
          Math.abs(centers[i]! - centers[i - 1]! - step),
          `gap before ${years[i]}`,
        ).toBeLessThan(1);
      }
      // Year labels on one line.
      const tops = await page
        .locator('#timeline [data-timeline-axis] text')
        .evaluateAll((elements) => elements.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);

      const expectSpan = async (index: number, from: number, to: number) => {
        const [box] = await boxes(planMark(page, index));
        expect(Math.abs(box!.x - start(from)), `plan ${index + 1} starts in ${from}`).toBeLessThan(
          2,
        );
        expect(
          Math.abs(box!.x + box!.width - start(to + 1)),
          `plan ${index + 1} ends`,
        ).toBeLessThan(3);
      };
      await expectSpan(0, 2011, 2011); // its known year; the fade after it is no end
      await expectSpan(1, 2013, 2014);
      await expectSpan(2, 2014, 2018);
      await expectSpan(3, 2018, 2019);

      // The 2011 plan's end fades out; the 2013-2014 plan is dashed (announced, inferred).
      await expect(timelinePlans(page).nth(0).locator('svg rect').nth(1)).toHaveAttribute(
        'fill',
        'url(#timeline-fade)',
      );
      await expect(planMark(page, 1)).toHaveAttribute('stroke-dasharray', /\d/);
    });

    test(`${l.lang}: the third plan is drawn as undocumented, the five milestones with their dates`, async ({
      page,
    }) => {
      await openDashboard(page, l.search);
      const third = timelinePlans(page).nth(2);
      await expect(third).toContainText(l.undocumented);
      await expect(third).toContainText(l.between);
      await expect(planMark(page, 2)).toHaveAttribute('fill', 'url(#timeline-hatch)');
      await expect(planMark(page, 2)).toHaveAttribute('stroke-dasharray', /\d/);

      const milestones = page.getByRole('list', { name: l.milestones });
      await expect(milestones.getByRole('listitem')).toHaveCount(5);
      for (const [i, date] of l.milestoneDates.entries()) {
        await expect(milestones.getByRole('listitem').nth(i)).toContainText(date);
        // Each with its evidence and a reference to its source.
        await expect(milestones.getByRole('listitem').nth(i).getByRole('link')).toHaveCount(1);
      }
      await expect(milestones.getByRole('listitem').nth(1)).toContainText(
        l.lang === 'fr' ? 'Déduit' : 'Inferred',
      );

      // On the axis: five marks, in date order, each inside its year's band.
      const { start } = await axis(page);
      const marks = (await boxes(page.locator('#timeline [data-timeline-milestones] path'))).map(
        centerOf,
      );
      expect(marks).toHaveLength(5);
      for (const [i, year] of [2010, 2011, 2012, 2014, 2018].entries()) {
        expect(marks[i]!).toBeGreaterThan(start(year));
        expect(marks[i]!).toBeLessThan(start(year + 1));
      }
    });
  }

  test('Tab reaches a plan and Enter selects it; arrows move between plans', async ({ page }) => {
    await openDashboard(page);
    const first = timelinePlans(page).nth(0);
    await pressUntilFocused(page, 'Tab', first);
    await page.keyboard.press('Enter');
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/plan=plan-2011/);
    await expect(page.getByRole('region', { name: /^Détails : Premier plan/ })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(timelinePlans(page).nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(timelinePlans(page).nth(1)).toHaveAttribute('aria-pressed', 'true');
    await expect(first).toHaveAttribute('aria-pressed', 'false');
  });

  test('a dataset with a fifth plan extends the axis', async ({ page }) => {
    await openDashboard(page);
    await openDatasetFile(
      page,
      resolve(process.cwd(), 'tests/fixtures/plans-with-fifth-plan.json'),
    );
    await expect(timelinePlans(page)).toHaveCount(5);
    const { years } = await axis(page);
    expect(years.at(-1)).toBe(2022);
  });

  test('the whole timeline, axis and milestones included, is in the built HTML', async ({
    request,
  }) => {
    const html = await (await request.get('/')).text();
    const timeline = html.slice(html.indexOf('id="timeline"'), html.indexOf('id="areas"'));
    expect(timeline).toContain('data-timeline-axis');
    for (let year = 2010; year <= 2019; year += 1) expect(timeline).toContain(`>${year}</text>`);
    expect(timeline).toContain('url(#timeline-hatch)');
    expect(timeline).toContain('url(#timeline-fade)');
    expect(timeline.match(/aria-pressed=/g)).toHaveLength(4);
    for (const date of LANGUAGES[0].milestoneDates) expect(timeline).toContain(date);
  });
});

test.describe('at a glance', () => {
  for (const l of LANGUAGES) {
    test(`${l.lang}: key figures in large type on the first screen`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openDashboard(page, l.search);
      const figures = page.locator('#key-figures-heading + dl > div');
      await expect(figures).toHaveCount(5);
      await expect(figures.first().locator('dt')).toHaveText(l.figures);
      for (const figure of await figures.all()) {
        const value = figure.locator('dd');
        const size = await value.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
        expect(size).toBeGreaterThanOrEqual(36);
        const box = (await value.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(900);
      }
      const values = await figures.locator('dd').allTextContents();
      const sources = (readDataset() as { sources: unknown[] }).sources.length;
      expect(values).toEqual(['4', '12', '4', '2010', String(sources)]);
    });

    test(`${l.lang}: the release's title printed at most three times, every area's reference leads to its source in the page's language`, async ({
      page,
    }) => {
      await openDashboard(page, l.search);
      const text = await page.locator('body').innerText();
      expect(text.split(l.releaseTitle).length - 1).toBeGreaterThan(0);
      expect(text.split(l.releaseTitle).length - 1).toBeLessThanOrEqual(3);

      const cards = areaCards(page, l.areaList);
      const refs = cards.getByRole('link');
      const hrefs = await refs.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThanOrEqual(12);
      expect(hrefs).toContain(`#${l.ownRelease}`);
      expect(hrefs).not.toContain(`#${l.otherRelease}`);
      for (const href of new Set(hrefs)) {
        await expect(page.locator(`#sources li${href}`), href).toHaveCount(1);
      }
      // Following one lands on the source's entry, which links to the original page.
      const ref = cards.first().getByRole('link').first();
      await expect(ref).toHaveAccessibleName(new RegExp(l.releaseTitle.slice(0, 20)));
      await ref.click();
      await expect(page).toHaveURL(new RegExp(`#${l.ownRelease}$`));
      const entry = page.locator(`#${l.ownRelease}`);
      await expect(entry).toBeInViewport();
      await expect(entry.getByRole('link')).toHaveAttribute(
        'href',
        new RegExp(`/unodc/${l.lang}/frontpage/2018/`),
      );
    });

    test(`${l.lang}: on a phone the header takes at most 30 % of the screen, its actions in a menu`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openDashboard(page, l.search);
      const header = (await page.locator('header').boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(0.3 * 844);

      const menu = page.getByRole('button', { name: 'Menu' });
      const present = page.getByRole('button', { name: l.lang === 'fr' ? 'Présenter' : 'Present' });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(present).toBeHidden();
      await pressUntilFocused(page, 'Tab', menu);
      await page.keyboard.press('Enter');
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      for (const name of l.lang === 'fr'
        ? ['Présenter', 'Thème sombre', 'Copier le lien de cette vue', 'Imprimer la fiche']
        : ['Present', 'Dark theme', 'Copy the link to this view', 'Print handout']) {
        await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
      }
      await page.keyboard.press('Tab');
      await expect(present).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(menu).toBeFocused();
      await expect(present).toBeHidden();
    });

    test(`${l.lang}: printing right after load puts the chart's table on paper, no loading message`, async ({
      page,
    }) => {
      await page.goto(`/${l.search}`);
      await expect(page.locator('html')).toHaveAttribute('data-app-running', '');
      await page.emulateMedia({ media: 'print' });
      const table = page.locator('#areas table');
      await expect(table).toBeVisible();
      await expect(table.getByRole('row')).toHaveCount(7);
      const text = await page.locator('body').innerText();
      expect(text).not.toContain(l.loading);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length).toBeLessThanOrEqual(2);
    });
  }

  for (const { name, search, scheme } of [
    { name: 'French, light', search: '', scheme: 'light' },
    { name: 'English, light', search: '?lang=en', scheme: 'light' },
    { name: 'French, dark', search: '?scheme=dark', scheme: 'dark' },
    { name: 'English, dark', search: '?lang=en&scheme=dark', scheme: 'dark' },
  ] as const) {
    test(`axe: no violation with the timeline, milestones, figures and references (${name})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openDashboard(page, search);
      await waitForChart(page);
      await timelinePlans(page).nth(2).click();
      await expect(timelinePlans(page).nth(2)).toHaveAttribute('aria-pressed', 'true');
      await expectNoAxeViolations(page, name);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByRole('button', { name: 'Menu' }).click();
      await expectNoAxeViolations(page, `${name}, phone, menu open`);
    });
  }
});
