/// <reference types="vite-plugin-pwa/react" />
import { useRegisterSW } from 'virtual:pwa-register/react';
import { buttonClass } from '../../components/ui/button-styles';
import { updateMessages } from '../../i18n/update-messages';
import { extendTranslate, useI18n } from '../../i18n/use-i18n';

// A briefing laptop may keep the page open all day: look for a new deployment now and then.
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker (pwa.config.ts) from bundled code, and offers to reload when a
 * newer version is waiting. The waiting worker holds the new app and the new dataset together;
 * the page switches to both at once or to neither. The dev server and the tests get
 * vite-plugin-pwa's no-op `useRegisterSW`, so nothing is registered there. Loaded once the page
 * has settled (src/features/update/update-prompt.tsx), inside the live region that announces the offer.
 */
export default function UpdateOffer() {
  const { t: pageT, locale } = useI18n();
  const t = extendTranslate(pageT, locale, updateMessages);
  const {
    needRefresh: [isUpdateWaiting, setIsUpdateWaiting],
    updateServiceWorker,
  } = useRegisterSW({
    // The page has loaded by now (the offer loads after it): the precache never competes with the
    // first paint.
    immediate: false,
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => {});
      }, UPDATE_CHECK_MS);
    },
  });

  return isUpdateWaiting ? (
    <div className="fixed inset-x-4 bottom-4 z-30 mx-auto flex max-w-2xl flex-wrap items-center gap-3 rounded-lg border-2 border-blue-950 bg-white p-4 text-slate-900 shadow-lg">
      <p className="flex-1 font-medium">{t('updateAvailable')}</p>
      <div className="flex flex-wrap gap-2">
        {/* The page reloads itself once the new worker has taken control. */}
        <button
          type="button"
          className="inline-flex min-h-11 items-center rounded-md border border-blue-950 bg-blue-950 px-4 py-2 font-semibold text-white hover:bg-blue-900"
          onClick={() => void updateServiceWorker(true)}
        >
          {t('updateReload')}
        </button>
        <button type="button" className={buttonClass} onClick={() => setIsUpdateWaiting(false)}>
          {t('updateLater')}
        </button>
      </div>
    </div>
  ) : null;
}
