import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import JSZip from 'jszip';
import { pptxToPdf } from '../../scripts/libreoffice.mjs';
import { readPptx } from '../../src/testing/read-pptx';
import { counter, openPresenter, slideGroup } from './deck-support';
import { expect, pressUntilFocused } from './support';

// The helpers of the tailoring journeys (tailor.spec.ts, tailor-views.spec.ts): issue 20.

// Tailoring the deck (issue 20): a presenter hides slide 3, moves slide 5 to second place, writes
// talking points on slides 1 and 2 and the meeting's name; then every output follows: the counter,
// a reload, the link opened elsewhere, the presenter view, the printed slides, the PowerPoint
// (and LibreOffice's reading of it). The same by keyboard alone; a garbage link falls back.

export const WORDS = {
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
export type Language = keyof typeof WORDS;

export const panelOf = (page: Page, language: Language) =>
  page.getByRole('region', { name: WORDS[language].tailor });
export const slideTitle = (page: Page) => slideGroup(page).getByRole('heading', { level: 2 });

/** The tailored order's first four slides, as the journey leaves them (the milestones hidden). */
export const expectedStart = (language: Language) => {
  const w = WORDS[language];
  return [w.deckTitle, w.areas, w.timeline, w.chart];
};

export async function tailorByPointer(page: Page, language: Language) {
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

export async function tailorByKeyboard(page: Page, language: Language) {
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
export async function shownTitles(page: Page, count: number): Promise<string[]> {
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

export async function expectTailoredDeck(page: Page, language: Language) {
  const w = WORDS[language];
  await expect(counter(page)).toHaveText(/ \/ 11$/);
  expect(await shownTitles(page, 4)).toEqual(expectedStart(language));
  await expect(slideGroup(page).getByText(w.event)).toBeVisible();
}

/** Whether `first` comes before `second` in the document. */
export async function precedes(first: Locator, second: Locator): Promise<boolean> {
  const handle = await second.elementHandle();
  return first.evaluate(
    (a, b) => (a.compareDocumentPosition(b as Node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    handle,
  );
}

export const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

export async function checkOutputs(page: Page, context: BrowserContext, language: Language) {
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
