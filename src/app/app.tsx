import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { I18nProvider, useI18n } from '../i18n/use-i18n';
import { useUrlState } from '../url-state/use-url-state';
import { Dashboard } from './dashboard';
import { createQueryClient } from './query-client';

function Page() {
  const { t, locale } = useI18n();
  const [, updateUrl] = useUrlState();

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('appTitle');
  }, [locale, t]);

  const otherLocale = locale === 'fr' ? 'en' : 'fr';
  return (
    <div className="min-h-screen bg-slate-100 text-slate-900">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-3"
      >
        {t('skipToContent')}
      </a>
      <header className="bg-blue-950 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-6 sm:px-6">
          <div>
            <h1 className="text-3xl font-bold sm:text-4xl">{t('appTitle')}</h1>
            <p className="mt-1 text-blue-100">{t('appTagline')}</p>
          </div>
          <button
            type="button"
            lang={otherLocale}
            onClick={() => updateUrl({ lang: otherLocale })}
            className="min-h-11 rounded-md border-2 border-white px-4 py-2 font-semibold text-white hover:bg-white hover:text-blue-950"
          >
            {t('switchLanguage')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 pb-16 pt-6 sm:px-6">
        <Dashboard />
      </main>
    </div>
  );
}

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [url] = useUrlState();
  return (
    <QueryClientProvider client={client}>
      <I18nProvider locale={url.lang}>
        <Page />
      </I18nProvider>
    </QueryClientProvider>
  );
}
