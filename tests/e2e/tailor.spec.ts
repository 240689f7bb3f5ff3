import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import JSZip from 'jszip';
import { pptxToPdf } from '../../scripts/libreoffice.mjs';
import { readPptx } from '../../src/testing/read-pptx';
import { counter, settled, slideGroup } from './deck-support';
import { expectCleanLayout } from './layout-check';
import {
  collectViolations,
  expect,
  expectNoAxeViolations,
  openDashboard,
  pressUntilFocused,
  test,
  waitForServiceWorker,
} from './support';

// Tailoring the deck (issue 20): a presenter hides slide 3, moves slide 5 to second place, writes
// talking points on slides 1 and 2 and the meeting's name; then every output follows: the counter,
// a reload, the link opened elsewhere, the presenter view, the printed slides, the PowerPoint
// (and LibreOffice's reading of it). The same by keyboard alone; a garbage link falls back.

const WORDS = {
  fr: {
    search: '?mode=present',
    tailor: 'Adapter la présentation',
    close: 'Fermer',
    hide: 'Masquer : Les jalons',
    moveUp: 'Monter : Les domaines thématiques par thème (1/2)',
    points: (title: string) => `Points à dire : ${title}`,
    eventName: 'Nom de l’événement',
    deckTitle: 'Plans d’action conjoints ONUDC–OSCE',
    areas: 'Les domaines thématiques par thème (1/2)',
    timeline: 'Les quatre plans',
    milestones: 'Les jalons',
    chart: 'Domaines thématiques du plan 2018-2019',
    firstPoints: 'Bienvenue aux délégations ; prenez note des deux plans à venir.',
    secondPoints: 'Quatre domaines nouveaux, dont la cybercriminalité.',
    event: 'Conseil permanent de l’OSCE',
    count: '11 diapositives affichées sur 12',
    pptx: 'Télécharger en PowerPoint',
    talkingPoints: 'Points à dire',
    evidence: 'Preuves et sources',
    broken: 'Le déroulé de ce lien est illisible',
  },
  en: {
    search: '?mode=present&lang=en',
    tailor: 'Tailor the deck',
    close: 'Close',
    hide: 'Hide: Milestones',
    moveUp: 'Move up: The thematic areas by theme (1/2)',
    points: (title: string) => `Talking points: ${title}`,
    eventName: 'Event name',
    deckTitle: 'UNODC–OSCE joint action plans',
    areas: 'The thematic areas by theme (1/2)',
    timeline: 'The four plans',
    milestones: 'Milestones',
    chart: 'Thematic areas of the 2018-2019 plan',
    firstPoints: 'Welcome the delegations; note the two plans to come.',
    secondPoints: 'Four new areas, cybercrime among them.',
    event: 'OSCE Permanent Council',
    count: '11 slides shown of 12',
    pptx: 'Download as PowerPoint',
    talkingPoints: 'Talking points',
    evidence: 'Evidence and sources',
    broken: 'The running order in this link cannot be read',
  },
} as const;
type Language = keyof typeof WORDS;

const panelOf = (page: Page, language: Language) =>
  page.getByRole('region', { name: WORDS[language].tailor });
const slideTitle = (page: Page) => slideGroup(page).getByRole('heading', { level: 2 });

/** The tailored order's first four slides, as the journey leaves them (the milestones hidden). */
const expectedStart = (language: Language) => {
  const w = WORDS[language];
  return [w.deckTitle, w.areas, w.timeline, w.chart];
};

async function tailorByPointer(page: Page, language: Language) {
  const w = WORDS[language];
  await page.getByRole('button', { name: w.tailor }).click();
  const panel = panelOf(page, language);
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: w.hide }).click();
  await expect(panel.getByRole('button', { name: w.hide })).toHaveAttribute('aria-pressed', 'true');
  for (let i = 0; i < 3; i += 1) await panel.getByRole('button', { name: w.moveUp }).click();
  await panel.getByRole('textbox', { name: w.points(w.deckTitle) }).fill(w.firstPoints);
  await panel.getByRole('textbox', { name: w.points(w.areas) }).fill(w.secondPoints);
  await panel.getByRole('textbox', { name: w.eventName }).fill(w.event);
  await expect(panel.getByText(w.count)).toBeVisible();
  await panel.getByRole('button', { name: w.close }).click();
  await expect(panel).toHaveCount(0);
}

async function tailorByKeyboard(page: Page, language: Language) {
  const w = WORDS[language];
  await pressUntilFocused(page, 'Tab', page.getByRole('button', { name: w.tailor }));
  await page.keyboard.press('Enter');
  const panel = panelOf(page, language);
  await expect(panel).toBeVisible();
  await pressUntilFocused(page, 'Tab', panel.getByRole('button', { name: w.hide }));
  await page.keyboard.press('Space');
  await expect(panel.getByRole('button', { name: w.hide })).toHaveAttribute('aria-pressed', 'true');
  await pressUntilFocused(page, 'Tab', panel.getByRole('button', { name: w.moveUp }));
  // The focus stays on the moved slide's button: Enter three times moves it up three places.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: w.moveUp })).toBeFocused();
  await pressUntilFocused(
    page,
    'Shift+Tab',
    panel.getByRole('textbox', { name: w.points(w.deckTitle) }),
  );
  // Letters that are the deck's keys (n, p, b, s, w) type into the field and turn no slide.
  await page.keyboard.type(w.firstPoints);
  await pressUntilFocused(page, 'Tab', panel.getByRole('textbox', { name: w.points(w.areas) }));
  await page.keyboard.type(w.secondPoints);
  await pressUntilFocused(page, 'Tab', panel.getByRole('textbox', { name: w.eventName }));
  await page.keyboard.type(w.event);
  await expect(counter(page)).toHaveText(/ 1 \/ 11$/);
  await expect(page.locator('.deck-blank-black, .deck-blank-white')).toHaveCount(0);
  await pressUntilFocused(page, 'Shift+Tab', panel.getByRole('button', { name: w.close }), 120);
  await page.keyboard.press('Enter');
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: w.tailor })).toBeFocused();
}

/** The slides' titles as the screen deck shows them, first to last (keys only). */
async function shownTitles(page: Page, count: number): Promise<string[]> {
  await page.keyboard.press('Home');
  const titles: string[] = [];
  for (let i = 0; i < count; i += 1) {
    await expect(counter(page)).toHaveText(new RegExp(` ${i + 1} / 11$`));
    titles.push((await slideTitle(page).textContent()) ?? '');
    if (i < count - 1) await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Home');
  return titles;
}

async function expectTailoredDeck(page: Page, language: Language) {
  const w = WORDS[language];
  await expect(counter(page)).toHaveText(/ \/ 11$/);
  expect(await shownTitles(page, 4)).toEqual(expectedStart(language));
  await expect(slideGroup(page).getByText(w.event)).toBeVisible();
}

async function openPresenter(context: BrowserContext, audience: Page): Promise<Page> {
  for (let attempt = 1; ; attempt += 1) {
    const popup = context.waitForEvent('page', { timeout: 3000 });
    await audience.keyboard.press('s');
    try {
      const presenter = await popup;
      await expect(presenter.locator('.presenter-view')).toBeVisible();
      return presenter;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Whether `first` comes before `second` in the document. */
async function precedes(first: Locator, second: Locator): Promise<boolean> {
  const handle = await second.elementHandle();
  return first.evaluate(
    (a, b) => (a.compareDocumentPosition(b as Node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    handle,
  );
}

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

async function checkOutputs(page: Page, context: BrowserContext, language: Language) {
  const w = WORDS[language];
  const dir = mkdtempSync(join(tmpdir(), 'tailor-e2e-'));
  try {
    // The presenter view: the talking points, then the evidence.
    await page.keyboard.press('Home');
    const presenter = await openPresenter(context, page);
    await expect(presenter.locator('.presenter-count')).toHaveText('1 / 11');
    const notes = presenter.getByRole('region', { name: 'Notes' });
    const points = notes.locator('.slide-talking-points');
    await expect(points).toHaveText(w.firstPoints);
    const headings = notes.getByRole('heading', { level: 3 });
    await expect(headings).toHaveText([w.talkingPoints, w.evidence]);
    expect(await precedes(points, notes.locator('.slide-evidence-notes'))).toBe(true);
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter.locator('.presenter-current h2')).toHaveText(w.areas);
    await expect(points).toHaveText(w.secondPoints);
    await presenter.close();

    // The printed slides: one page per slide shown, in the running order.
    const pdf = join(dir, 'slides.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+11$/m);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((text) => text.trim() !== '');
    expect(pages).toHaveLength(11);
    expectedStart(language).forEach((title, index) =>
      expect(pages[index]?.replace(/\s+/g, ' ')).toContain(title),
    );
    expect(pages[0]).toContain(w.event);
    // The hidden slide is on no page: no page opens with its title.
    expect(pages.filter((text) => text.trim().startsWith(w.milestones))).toEqual([]);

    // The PowerPoint: every slide in the running order, the hidden one hidden.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: w.pptx }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    const pptx = await readPptx(bytes);
    expect(pptx.slides).toHaveLength(12);
    expect(pptx.slides.slice(0, 5).map((slide) => slide.texts[0])).toEqual([
      w.deckTitle,
      w.areas,
      w.timeline,
      w.milestones,
      w.chart,
    ]);
    expect(pptx.slideXml.map((xml) => /<p:sld\b[^>]*\bshow="0"/.test(xml))).toEqual(
      Array.from({ length: 12 }, (_, index) => index === 3),
    );
    // The presentation lists slide1…slide12 in that order: the file's order is the running order.
    const zip = await JSZip.loadAsync(bytes);
    const presentation = (await zip.file('ppt/presentation.xml')?.async('string')) ?? '';
    const rels = (await zip.file('ppt/_rels/presentation.xml.rels')?.async('string')) ?? '';
    const targets = new Map(
      [...rels.matchAll(/Id="([^"]+)"[^>]*Target="slides\/(slide\d+)\.xml"/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    const listed = [...presentation.matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g)].map((m) =>
      targets.get(m[1]),
    );
    expect(listed).toEqual(Array.from({ length: 12 }, (_, index) => `slide${index + 1}`));
    expect(pptx.slides[0]?.texts).toContain(w.event);
    expect(pptx.notes[0]?.texts.slice(0, 3)).toEqual([w.talkingPoints, w.firstPoints, w.evidence]);
    expect(pptx.notes[1]?.texts.slice(0, 2)).toEqual([w.talkingPoints, w.secondPoints]);

    if (hasSoffice) {
      const file = join(dir, 'deck.pptx');
      writeFileSync(file, bytes);
      const info = execFileSync('pdfinfo', [pptxToPdf(file, { timeout: 120_000 })], {
        encoding: 'utf8',
      });
      // LibreOffice leaves hidden slides out of its PDF: the eleven shown.
      expect(info).toMatch(/^Pages:\s+11$/m);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test.describe('tailoring the deck', () => {
  for (const language of ['fr', 'en'] as const) {
    test(`${language}: hide, move, talking points and the meeting; counter, reload, link, presenter view, print and PowerPoint follow`, async ({
      page,
      context,
      browser,
    }) => {
      test.setTimeout(240_000);
      const w = WORDS[language];
      await page.goto(`/${w.search}`);
      await expect(counter(page)).toHaveText(/ 1 \/ 12$/);
      await tailorByPointer(page, language);
      await expectTailoredDeck(page, language);

      await expect(page).toHaveURL(/[?&]order=1\.[\w-]+/);
      const link = page.url();
      console.info(`${language}: the tailored deck's link is ${link.length} characters long`);
      expect(link.length).toBeLessThan(8000);

      await page.reload();
      await expectTailoredDeck(page, language);

      // The link, opened in a fresh browser context (no storage): the same deck.
      const fresh = await browser.newContext();
      try {
        const other = await fresh.newPage();
        await other.goto(link);
        await expectTailoredDeck(other, language);
      } finally {
        await fresh.close();
      }

      await checkOutputs(page, context, language);
    });

    test(`${language}: the same by keyboard alone`, async ({ page }) => {
      const w = WORDS[language];
      await page.goto(`/${w.search}`);
      await expect(counter(page)).toHaveText(/ 1 \/ 12$/);
      await tailorByKeyboard(page, language);
      await expectTailoredDeck(page, language);
      await expect(page).toHaveURL(/[?&]order=1\.[\w-]+/);
      await page.reload();
      await expectTailoredDeck(page, language);
    });

    test(`${language}: a garbage running order in the link gives the deck built from the data, and says so`, async ({
      page,
    }) => {
      const w = WORDS[language];
      for (const order of ['garbage', '1.AAAA', '1.%F0%9F%92%A5', '2.xyz']) {
        await page.goto(`/${w.search}&order=${order}`);
        await expect(counter(page)).toHaveText(/ 1 \/ 12$/);
        await expect(page.getByRole('status').filter({ hasText: w.broken })).toBeVisible();
      }
      // A link cut short: the tailored link's order, half of it.
      await page.goto(`/${w.search}`);
      await tailorByPointer(page, language);
      await expect(page).toHaveURL(/[?&]order=1\.[\w-]+/);
      const url = new URL(page.url());
      const order = url.searchParams.get('order') ?? '';
      url.searchParams.set('order', order.slice(0, Math.floor(order.length / 2)));
      await page.goto(url.toString());
      await expect(counter(page)).toHaveText(/ 1 \/ 12$/);
      await expect(page.getByRole('status').filter({ hasText: w.broken })).toBeVisible();
      // The running order this browser kept is one press away, in the panel.
      await page.getByRole('button', { name: w.tailor }).click();
      await panelOf(page, language)
        .getByRole('button', {
          name:
            language === 'fr'
              ? 'Reprendre le déroulé gardé dans ce navigateur'
              : 'Restore the running order kept in this browser',
        })
        .click();
      await expect(counter(page)).toHaveText(/ \/ 11$/);
    });

    test(`${language}: axe finds no violation in the panel, in the deck and in the presenter view`, async ({
      page,
    }) => {
      test.slow();
      const w = WORDS[language];
      await page.goto(`/${w.search}`);
      await page.getByRole('button', { name: w.tailor }).click();
      const panel = panelOf(page, language);
      await panel.getByRole('button', { name: w.hide }).click();
      await panel.getByRole('textbox', { name: w.eventName }).fill(w.event);
      await settled(page);
      await expectNoAxeViolations(page, `${language} deck, panel open`);
      await page.goto(`/${w.search.replace('present', 'presenter')}`);
      await page.getByRole('button', { name: w.tailor }).click();
      await expect(panelOf(page, language)).toBeVisible();
      await settled(page);
      await expectNoAxeViolations(page, `${language} presenter view, panel open`);
    });
  }
});

test.describe('the tailored deck’s layout', () => {
  // Long words for every field: the title slide must still hold them without overlap or clipping.
  const kept = (language: Language) =>
    JSON.stringify({
      format: 'joint-action-plans-running-order',
      version: 1,
      dataset: '',
      order: [],
      hidden: ['milestones'],
      talkingPoints: { title: WORDS[language].firstPoints },
      event: {
        name:
          language === 'fr'
            ? 'Conseil permanent de l’OSCE, séance spéciale sur la coopération'
            : 'OSCE Permanent Council, special session on co-operation',
        date: '2026-03-12',
        place: language === 'fr' ? 'Hofburg, Vienne' : 'Hofburg, Vienna',
        presenter: 'Anne-Marie Martin-Dubois',
        role:
          language === 'fr'
            ? 'Cheffe de la section des partenariats'
            : 'Head of the Partnerships Section',
      },
    });

  for (const language of ['fr', 'en'] as const) {
    test(`${language}: the title slide with the meeting at 1920×1080, 1280×720 and 1024×768, and the panel`, async ({
      page,
    }) => {
      await page.addInitScript((value) => {
        window.localStorage.setItem('joint-action-plans-running-order', value);
      }, kept(language));
      for (const size of [
        { width: 1920, height: 1080 },
        { width: 1280, height: 720 },
        { width: 1024, height: 768 },
      ]) {
        await page.setViewportSize(size);
        await page.goto(`/${WORDS[language].search}`);
        await expect(counter(page)).toHaveText(/ 1 \/ 11$/);
        await expect(slideGroup(page).locator('.slide-event')).toBeVisible();
        await settled(page);
        await expectCleanLayout(page, `${language} title slide with the meeting ${size.width}`, {
          root: '.deck-root .slide-stage',
        });
      }
      await page.getByRole('button', { name: WORDS[language].tailor }).click();
      await expect(panelOf(page, language)).toBeVisible();
      await settled(page);
      await expectCleanLayout(page, `${language} panel`, { root: '.tailor-panel' });
    });
  }
});

test.describe('tailoring from the presenter view', () => {
  for (const language of ['fr', 'en'] as const) {
    test(`${language}: a slide hidden there leaves the audience's deck too, under the Content-Security-Policy`, async ({
      page,
      context,
    }) => {
      const w = WORDS[language];
      const { violations, refusals } = await collectViolations(context);
      await page.goto(`/${w.search}`);
      await expect(counter(page)).toHaveText(/ 1 \/ 12$/);
      const presenter = await openPresenter(context, page);
      await presenter.getByRole('button', { name: w.tailor }).click();
      const panel = panelOf(presenter, language);
      await panel.getByRole('button', { name: w.hide }).click();
      await panel.getByRole('textbox', { name: w.points(w.deckTitle) }).fill(w.firstPoints);
      await expect(presenter.locator('.presenter-count')).toHaveText('1 / 11');
      await expect(counter(page)).toHaveText(/ 1 \/ 11$/);
      await expect(presenter.locator('.slide-talking-points')).toHaveText(w.firstPoints);
      // Both windows' addresses carry it, for a reload or a copied link.
      await expect(page).toHaveURL(/[?&]order=1\.[\w-]+/);
      await expect(presenter).toHaveURL(/[?&]order=1\.[\w-]+/);
      expect(violations).toEqual([]);
      expect(refusals).toEqual([]);
    });
  }
});

test('a link with 2,000 characters of talking points stays under 8,000 characters', async ({
  page,
}) => {
  const w = WORDS.fr;
  // Four slides' worth of a presenter's words, no sentence repeated (repeats compress better).
  const sentences = [
    'Le plan 2018-2019 reconduit huit domaines et en ouvre quatre nouveaux, dont la cybercriminalité et la réforme du secteur de la sécurité.',
    'Rappeler que la date du troisième plan n’est documentée par aucune source : ne pas avancer d’année devant le Conseil.',
    'Citer la déclaration de M. Fedotov sur la coopération sincère avant de passer aux questions de financement extrabudgétaire.',
    'Les bureaux de terrain d’Asie centrale ont déjà mené des formations conjointes sur la gestion des frontières en 2016 et 2017.',
    'Mentionner la réunion d’experts prévue au printemps à Vienne, et l’invitation faite aux délégations d’y envoyer leurs points focaux.',
    'Souligner que chaque fait de ces diapositives renvoie à une source publiée, numérotée sur la dernière diapositive.',
    'Si la question des indicateurs vient, dire que le plan n’en publie pas et que le secrétariat prépare un rapport d’étape.',
    'Terminer sur les trois demandes : un point de contact par délégation, des données partagées, une revue à mi-parcours.',
    'Proposer une séance de questions de dix minutes, puis distribuer la fiche imprimée qui reprend les domaines par thème.',
    'Insister sur la lutte contre la traite des êtres humains, que plusieurs délégations ont soulevée lors de la dernière réunion.',
    'Préciser que la gestion des frontières et la lutte contre le terrorisme restent les deux domaines les plus anciens du partenariat.',
    'Noter que le financement de la mise en œuvre dépend des contributions volontaires des États participants et des donateurs.',
    'Indiquer que les deux organisations publient leurs communiqués le même jour, en français et en anglais, sans version originale désignée.',
    'Remercier la présidence pour le temps accordé et rappeler la date limite de transmission des commentaires écrits, fin avril.',
    'Conclure en invitant les délégations à consulter le tableau de bord en ligne, qui reprend chaque fait avec sa source.',
    'Ajouter, si le temps le permet, que les domaines nouveaux ont été choisis après les consultations de l’automne précédent.',
    'Dire un mot des quatre plans successifs depuis 2011.',
  ];
  await page.goto(`/${w.search}`);
  await page.getByRole('button', { name: w.tailor }).click();
  const panel = panelOf(page, 'fr');
  const fields = panel.getByRole('textbox', { name: /^Points à dire : / });
  let written = 0;
  for (let slide = 0; slide < 5; slide += 1) {
    const text = sentences.slice(slide * 4, slide * 4 + 4).join('\n');
    await fields.nth(slide).fill(text);
    written += text.length;
  }
  expect(written).toBeGreaterThanOrEqual(2000);
  await expect(page).toHaveURL(/[?&]order=1\.[\w-]+/);
  const link = page.url();
  console.info(`a link with ${written} characters of talking points: ${link.length} characters`);
  expect(link.length).toBeLessThan(8000);
});

test.describe('tailoring offline', () => {
  // The other journeys block service workers (playwright.config.ts); this one needs it.
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, offline: the panel opens, the deck follows, a reload keeps it', async ({
    page,
    context,
    diagnostics,
  }) => {
    const w = WORDS.en;
    await openDashboard(page);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    diagnostics.allowConsoleErrors(/ERR_INTERNET_DISCONNECTED/);
    await page.goto(`/${w.search}`);
    await expect(counter(page)).toHaveText(/ 1 \/ 12$/);
    await page.getByRole('button', { name: w.tailor }).click();
    const panel = panelOf(page, 'en');
    await panel.getByRole('button', { name: w.hide }).click();
    await panel.getByRole('textbox', { name: w.eventName }).fill(w.event);
    await expect(counter(page)).toHaveText(/ 1 \/ 11$/);
    await expect(page).toHaveURL(/[?&]order=1\.[\w-]+/);
    await page.reload();
    await expect(counter(page)).toHaveText(/ 1 \/ 11$/);
    await expect(slideGroup(page).getByText(w.event)).toBeVisible();
  });
});

test('a slide dragged onto another takes its place (a pointer’s shortcut for Move up)', async ({
  page,
}) => {
  const w = WORDS.en;
  // Tall enough for both rows to be in view: a drag does not scroll the panel.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto(`/${w.search}`);
  await page.getByRole('button', { name: w.tailor }).click();
  const rows = panelOf(page, 'en').getByRole('listitem');
  // Taken by its title (a drag from its field would select words).
  await rows.nth(4).locator('.tailor-slide-title').dragTo(rows.nth(1));
  await expect(rows.nth(1).locator('.tailor-slide-title')).toHaveText(w.areas);
  await expect(rows.nth(2).locator('.tailor-slide-title')).toHaveText(w.timeline);
  await panelOf(page, 'en').getByRole('button', { name: w.close }).click();
  await page.keyboard.press('ArrowRight');
  await expect(slideTitle(page)).toHaveText(w.areas);
});
