import { useState } from 'react';
import { useLocalDataset } from '../../data/local-dataset';
import { useI18n } from '../../i18n/use-i18n';

export interface CopyLinkButtonProps {
  className: string;
}

type CopyState = { status: 'idle' } | { status: 'copied' } | { status: 'failed'; url: string };

/** Copies the address of the current view; the URL already holds everything the view shows. */
export function CopyLinkButton({ className }: CopyLinkButtonProps) {
  const { t, locale } = useI18n();
  // The link holds the view, not the data: a reader's own file stays in their browser.
  const { local } = useLocalDataset();
  const [state, setState] = useState<CopyState>({ status: 'idle' });

  const handleCopy = async () => {
    // The language always in the link: on the French page the address leaves it out, and a
    // colleague whose browser reads another language would land on that language's page.
    const address = new URL(window.location.href);
    if (!address.searchParams.has('lang')) address.searchParams.set('lang', locale);
    const url = address.href;
    try {
      if (!navigator.clipboard) throw new Error('Clipboard API unavailable');
      await navigator.clipboard.writeText(url);
      setState({ status: 'copied' });
    } catch {
      // Without clipboard permission, show the link selected so Ctrl+C copies it.
      setState({ status: 'failed', url });
    }
  };

  return (
    <div className="flex flex-col gap-1">
      {/* A form action: React keeps a press made before the header has hydrated. Copying it then,
          a moment later, is what was asked, and the status line below says so. */}
      <form action={() => void handleCopy()} className="contents">
        <button type="submit" className={className}>
          {t('copyLink')}
        </button>
      </form>
      <p role="status" className="text-sm">
        {state.status === 'copied' ? t('linkCopied') : null}
        {state.status !== 'idle' && local ? (
          <span className="block">{t('linkOpensBundledOnly', { file: local.fileName })}</span>
        ) : null}
        {state.status === 'failed' ? t('linkCopyFailed') : null}
      </p>
      {state.status === 'failed' ? (
        <input
          type="text"
          readOnly
          aria-label={t('copyLink')}
          value={state.url}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the user asked to copy: focus the link
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-11 w-72 rounded border border-slate-500 bg-white px-2 text-slate-900"
        />
      ) : null}
    </div>
  );
}
