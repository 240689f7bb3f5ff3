import { expectCleanLayout } from './layout-check';
import { counter, openPresenter, settled, slideGroup } from './deck-support';
import { collectViolations, expect, openDashboard, test, waitForServiceWorker } from './support';
import { WORDS, panelOf, slideTitle, type Language } from './tailor-support';

// The tailored deck's layout, from the presenter view, in a long link, offline, by drag and drop
// (helpers in tailor-support.ts).
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
