import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatMessage } from '../i18n/format-message';
import { LOCALES, type Locale, type SourceLocale } from '../i18n/locale';
import { createI18n, I18nProvider, loadCatalog } from '../i18n/use-i18n';
import { captureDownloads } from '../testing/capture-download';
import { readPptx } from '../testing/read-pptx';
import { deckMessages } from './deck-messages';
import { PptxDownloadButton } from './pptx-download-button';
import { buildSlideDeckFixture } from './slide-deck-fixture';

// The real writer, unless a test stands in for it: one mock for the whole file. A stand-in per
// test (a mock set and unset around each, with the module cache reset) now and then outlived its
// test under load, and the next test's press went to it.
const writer = vi.hoisted(() => ({
  standIn: null as null | { write: () => Promise<Blob>; fileName: string },
}));

vi.mock('./pptx/write-deck-pptx', async (importOriginal) => {
  const real = await importOriginal<typeof import('./pptx/write-deck-pptx')>();
  return {
    ...real,
    writeDeckPptx: (...args: Parameters<typeof real.writeDeckPptx>) =>
      writer.standIn ? writer.standIn.write() : real.writeDeckPptx(...args),
    deckPptxFileName: (...args: Parameters<typeof real.deckPptxFileName>) =>
      writer.standIn ? writer.standIn.fileName : real.deckPptxFileName(...args),
  };
});

function renderButton(locale: SourceLocale, shownIn: Locale = locale) {
  const deck = buildSlideDeckFixture(locale);
  render(
    <I18nProvider locale={shownIn}>
      <PptxDownloadButton deck={deck} className="" />
    </I18nProvider>,
  );
  return { deck, user: userEvent.setup() };
}

afterEach(() => {
  writer.standIn = null;
});

describe('the PowerPoint download', () => {
  it.each([
    ['fr', 'Télécharger en PowerPoint', 'Fichier {file} téléchargé.'],
    ['en', 'Download as PowerPoint', 'File {file} downloaded.'],
  ] as const)(
    'in %s, saves the deck’s slides as a .pptx and says so',
    async (locale, name, done) => {
      const saved = captureDownloads();
      const { deck, user } = renderButton(locale);
      await user.click(screen.getByRole('button', { name }));
      await waitFor(() => expect(saved).toHaveLength(1));
      const file = `unodc-osce-joint-action-plans-slides-2018-2019-${locale}.pptx`;
      expect(saved[0]?.name).toBe(file);
      const pptx = await readPptx(saved[0]!.blob);
      expect(pptx.slides).toHaveLength(deck.slides.length);
      expect(await screen.findByRole('status')).toHaveTextContent(done.replace('{file}', file));
    },
  );

  it('says in place, in the reader’s language, when the file cannot be written', async () => {
    writer.standIn = {
      write: () => Promise.reject(new Error('disk full')),
      fileName: 'deck.pptx',
    };
    const saved = captureDownloads();
    const { user } = renderButton('fr');
    await user.click(screen.getByRole('button', { name: 'Télécharger en PowerPoint' }));
    // The status says "writing" first: wait for what it says once the write has failed.
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Le fichier PowerPoint n’a pas pu être écrit : disk full',
      ),
    );
    expect(saved).toHaveLength(0);
    // The button stays, ready for another try.
    expect(screen.getByRole('button', { name: 'Télécharger en PowerPoint' })).toBeEnabled();
  });

  it('shows that it is writing, and a second press meanwhile writes nothing more', async () => {
    let finish: (blob: Blob) => void = () => {};
    const writes: number[] = [];
    writer.standIn = {
      write: () => {
        writes.push(1);
        return new Promise<Blob>((resolve) => {
          finish = resolve;
        });
      },
      fileName: 'deck.pptx',
    };
    const saved = captureDownloads();
    const { user } = renderButton('en');
    const button = screen.getByRole('button', { name: 'Download as PowerPoint' });
    await user.click(button);
    expect(await screen.findByText('Writing the PowerPoint file…')).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    expect(writes).toHaveLength(1);
    finish(new Blob(['x']));
    expect(await screen.findByText('File deck.pptx downloaded.')).toBeInTheDocument();
    expect(saved).toHaveLength(1);
  });
});

describe.each(LOCALES)('the PowerPoint download’s words in %s', (locale) => {
  it('names the button, says it is writing, then that the file is saved or why it is not', async () => {
    await loadCatalog(locale);
    const deckWords = deckMessages[locale];
    let attempt = 0;
    let finish: (blob: Blob) => void = () => {};
    writer.standIn = {
      write: () => {
        attempt += 1;
        return attempt === 1
          ? Promise.reject(new Error('disk full'))
          : new Promise<Blob>((resolve) => {
              finish = resolve;
            });
      },
      fileName: `deck-${locale}.pptx`,
    };
    const saved = captureDownloads();
    const { user } = renderButton('en', locale);
    const button = await screen.findByRole('button', { name: deckWords.pptxDownload });
    await user.click(button);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        formatMessage(deckWords.pptxFailed, { reason: 'disk full' }, locale),
      ),
    );
    await user.click(button);
    expect(await screen.findByText(deckWords.pptxWriting)).toBeInTheDocument();
    finish(new Blob(['x']));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(screen.getByRole('status')).toHaveTextContent(
      createI18n(locale).t('downloadDone', { file: `deck-${locale}.pptx` }),
    );
  });
});
