import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { datasetForLanguage } from '../data/dataset-languages';
import { localize } from '../data/localize';
import { parseDataset } from '../data/parse-dataset';
import { loadCatalog } from '../i18n/use-i18n';
import { messagesAr } from '../i18n/messages-ar';
import { bundledDatasetJson } from '../testing/dataset-builders';
import { jsonResponse, renderLoadedApp } from '../testing/render-app';

describe('a dataset in French and English only, on a page in Arabic', () => {
  it('shows its texts in English, each tagged lang="en", never a blank or a key', async () => {
    const bundled = parseDataset(bundledDatasetJson(), 'plans.json');
    // The sources' two languages only, as a dataset made before version 3 is.
    const sourcesOnly = datasetForLanguage(bundled, 'fr');
    await loadCatalog('ar');
    await renderLoadedApp({ url: '/?lang=ar', responder: () => jsonResponse(sourcesOnly) });
    expect(
      await screen.findByRole('heading', { level: 1, name: messagesAr.appTitle }),
    ).toBeInTheDocument();
    await screen.findByRole('list', { name: messagesAr.areaList });
    // The summary.
    const summary = screen.getByText(bundled.summary.en);
    expect(summary).toHaveAttribute('lang', 'en');
    // Every area's name, in English, tagged.
    const cards = within(screen.getByRole('list', { name: messagesAr.areaList })).getAllByRole(
      'heading',
      { level: 3 },
    );
    const featured = bundled.plans.find((plan) => plan.id === bundled.featuredPlanId)!;
    expect(cards.map((card) => [card.textContent, card.getAttribute('lang')])).toEqual(
      featured.areas.map((area) => [area.name.en, 'en']),
    );
    // With the translations, the same names are Arabic and carry no lang of their own.
  });

  it('tags nothing when the dataset has the page’s language', async () => {
    await loadCatalog('ar');
    await renderLoadedApp({ url: '/?lang=ar' });
    const bundled = parseDataset(bundledDatasetJson(), 'plans.json');
    await screen.findByRole('list', { name: messagesAr.areaList });
    expect(screen.getByText(localize(bundled.summary, 'ar'))).not.toHaveAttribute('lang');
  });
});
