import { useState } from 'react';
import { downloadBlob } from '../components/ui/download';
import { withDeckMessages } from './deck-i18n';
import { useI18n } from '../i18n/use-i18n';
import type { SlideDeck } from './slide-types';

export interface PptxDownloadButtonProps {
  deck: SlideDeck;
  className: string;
}

type WriteState =
  | { status: 'idle' }
  | { status: 'writing' }
  | { status: 'done'; file: string }
  | { status: 'failed'; reason: string };

/**
 * Writes the deck as a .pptx and saves it. The writer and pptxgenjs load when pressed, not with
 * the page; the service worker precaches their chunk, so this works offline after one visit.
 */
export function PptxDownloadButton({ deck, className }: PptxDownloadButtonProps) {
  const { t: pageT, locale } = useI18n();
  const t = withDeckMessages(pageT, locale);
  const [state, setState] = useState<WriteState>({ status: 'idle' });
  const isWriting = state.status === 'writing';

  const handleDownload = async () => {
    if (isWriting) return;
    setState({ status: 'writing' });
    try {
      const { writeDeckPptx, deckPptxFileName } = await import('./pptx/write-deck-pptx');
      const blob = await writeDeckPptx(deck);
      const file = deckPptxFileName(deck);
      downloadBlob(blob, file);
      setState({ status: 'done', file });
    } catch (error) {
      setState({
        status: 'failed',
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-x-2">
      <button
        type="button"
        className={`${className} aria-disabled:cursor-progress aria-disabled:opacity-75`}
        aria-disabled={isWriting}
        onClick={() => void handleDownload()}
      >
        {t('pptxDownload')}
      </button>
      {/* Writing and done are announced, not shown: the deck's bar does not grow and shift the
          slide in front of the room (the browser shows the download). A failure is shown. */}
      <p role="status" className={state.status === 'failed' ? 'text-sm' : 'sr-only'}>
        {state.status === 'writing' ? t('pptxWriting') : null}
        {state.status === 'done' ? t('downloadDone', { file: state.file }) : null}
        {state.status === 'failed' ? t('pptxFailed', { reason: state.reason }) : null}
      </p>
    </div>
  );
}
