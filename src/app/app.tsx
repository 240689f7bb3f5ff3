import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { loadBundledLanguage } from '../data/dataset-query';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type DragEvent,
} from 'react';
import { LocalDatasetProvider } from '../data/local-dataset';
import { CopyLinkButton } from '../features/briefing/copy-link-button';
import { PrintButton } from '../features/briefing/print-button';
import { I18nProvider, useI18n } from '../i18n/use-i18n';
import { directionOf, type Locale } from '../i18n/locale';
import { LanguageSwitcher } from '../features/language/language-switcher';
import { TranslationNotice } from '../features/language/translation-notice';
import { useApplyColorScheme, useResolvedScheme } from '../url-state/use-color-scheme';
import { UrlStateProvider, useUrlState } from '../url-state/use-url-state';
import { isDeckMode, serializeUrlState } from '../url-state/url-state';
import { currentPageLocale } from '../url-state/page-path';
import { Dashboard, DatasetGate, EmbedDashboard } from './dashboard';
import {
  DatasetFileStatus,
  OpenDatasetButton,
  useDatasetFile,
} from '../features/dataset/dataset-file-control';
import { enterFullscreen } from './fullscreen';
import { createQueryClient } from './query-client';
import { UpdatePrompt } from '../features/update/update-prompt';

// Presenting is on demand: its code stays out of the first load.
const Presentation = lazy(() => import('../deck/presentation'));

const headerButtonClass =
  'min-h-11 rounded-md border-2 border-[#ffffff] px-4 py-2 font-semibold text-[#ffffff] hover:bg-[#ffffff] hover:text-[#172554] aria-pressed:bg-[#ffffff] aria-pressed:text-[#172554]';

// The print waits for the chart, whose code comes with the sections' (deferred-sections.tsx).
const printChart = () =>
  import('./boot/later-sections').then((sections) => sections.requestChart());

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

function Page() {
  const { t, locale } = useI18n();
  const [url, updateUrl] = useUrlState();
  const datasetFile = useDatasetFile();
  const [isDragging, setIsDragging] = useState(false);
  const scheme = useResolvedScheme();
  useApplyColorScheme(scheme);
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  const menuButtonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!isMenuOpen) return;
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setIsMenuOpen(false);
      menuButtonRef.current?.focus();
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [isMenuOpen]);

  const isPresenter = url.mode === 'presenter';
  // Before the browser paints: a frame drawn with the last language's dir would flip an
  // Arabic page left to right, and a screen reader would read it with the wrong voice.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
    // The presenter's window names itself (src/deck/presentation.tsx).
    if (!isPresenter) document.title = t('appTitle');
  }, [locale, t, isPresenter]);

  const languageSwitch = <LanguageSwitcher summaryClassName={headerButtonClass} />;

  if (isDeckMode(url.mode)) {
    return (
      <main id="main">
        <DatasetGate>
          <Suspense fallback={null}>
            <Presentation />
          </Suspense>
        </DatasetGate>
      </main>
    );
  }

  if (url.mode === 'embed') {
    const fullView = `${window.location.pathname}${serializeUrlState({ ...url, mode: 'dashboard' }, currentPageLocale())}`;
    return (
      <div className="min-h-screen bg-white text-slate-900">
        <header className="flex flex-wrap items-center justify-between gap-3 bg-[#172554] px-4 py-3 text-[#ffffff]">
          <h1 className="text-xl font-bold">{t('appTitle')}</h1>
          <div className="flex flex-wrap items-center gap-3">
            <a
              href={fullView}
              target="_blank"
              rel="noopener noreferrer"
              className="font-semibold text-[#ffffff] underline underline-offset-2"
            >
              {t('embedBackLink')}
            </a>
            {languageSwitch}
          </div>
        </header>
        <TranslationNotice />
        <main id="main" className="px-4 pb-6">
          <EmbedDashboard />
        </main>
      </div>
    );
  }

  const handleDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setIsDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void datasetFile.openFile(file);
  };

  return (
    // Dropping a file is a shortcut; the "Open a dataset…" button is the keyboard path.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className="relative min-h-screen bg-slate-100 text-slate-900"
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setIsDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setIsDragging(false);
      }}
      onDrop={handleDrop}
    >
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-3"
      >
        {t('skipToContent')}
      </a>
      <header className="bg-[#172554] text-[#ffffff]">
        <div className="mx-auto flex max-w-7xl flex-wrap items-start justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6 sm:py-5">
          <div>
            <h1 className="text-xl font-bold sm:text-4xl">{t('appTitle')}</h1>
            <p className="mt-1 text-sm text-[#dbeafe] sm:text-base">{t('appTagline')}</p>
          </div>
          <div className="flex gap-3">
            {languageSwitch}
            {/* On a phone the actions fold into a menu, so the header leaves the screen to the
                content; from 640 px they are all in view and the toggle is gone. */}
            <button
              ref={menuButtonRef}
              type="button"
              aria-expanded={isMenuOpen}
              aria-controls="header-actions"
              className={`${headerButtonClass} noscript:hidden sm:hidden`}
              onClick={() => setIsMenuOpen((open) => !open)}
            >
              {t('headerMenu')}
            </button>
          </div>
        </div>
        <p className="mx-auto hidden max-w-7xl px-4 pb-4 text-[#ffffff] noscript:block sm:px-6">
          {t('noScriptNotice')}
        </p>
        <div
          id="header-actions"
          data-print="hide"
          className={`mx-auto max-w-7xl flex-wrap items-start gap-3 px-4 pb-4 noscript:hidden sm:flex sm:px-6 ${isMenuOpen ? 'flex' : 'hidden'}`}
        >
          <form
            action={() => {
              enterFullscreen();
              updateUrl({ mode: 'present', slide: 1 });
            }}
            className="contents"
          >
            <button type="submit" className={headerButtonClass}>
              {t('present')}
            </button>
          </form>
          <form
            action={() => updateUrl({ scheme: scheme === 'dark' ? 'light' : 'dark' })}
            className="contents"
          >
            <button type="submit" aria-pressed={scheme === 'dark'} className={headerButtonClass}>
              {t('darkScheme')}
            </button>
          </form>
          <CopyLinkButton className={headerButtonClass} />
          <PrintButton className={headerButtonClass} prepare={printChart} />
          <OpenDatasetButton
            className={headerButtonClass}
            onFile={(file) => void datasetFile.openFile(file)}
          />
        </div>
      </header>
      <TranslationNotice />
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 pb-16 pt-6 sm:px-6">
        <DatasetFileStatus error={datasetFile.error} onDismiss={datasetFile.clearError} />
        <Dashboard />
      </main>
      <UpdatePrompt />
      {isDragging ? (
        <div
          aria-hidden="true"
          className="pointer-events-none fixed inset-0 z-20 flex items-center justify-center border-8 border-dashed border-blue-800 bg-blue-50/90 text-2xl font-bold text-blue-950"
        >
          {t('dropHere')}
        </div>
      ) : null}
    </div>
  );
}

function Localized() {
  const [url] = useUrlState();
  const queryClient = useQueryClient();
  const prepare = useCallback(
    (locale: Locale) => loadBundledLanguage(queryClient, locale),
    [queryClient],
  );
  return (
    <I18nProvider locale={url.lang} prepare={prepare}>
      <Page />
    </I18nProvider>
  );
}

/** `initialSearch`: the view to hydrate (see UrlStateProvider); the address's by default. */
export function App({
  queryClient,
  initialSearch,
}: {
  queryClient?: QueryClient;
  initialSearch?: string;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <LocalDatasetProvider>
        <UrlStateProvider initialSearch={initialSearch}>
          <Localized />
        </UrlStateProvider>
      </LocalDatasetProvider>
    </QueryClientProvider>
  );
}
