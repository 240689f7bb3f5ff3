import type { useRegisterSW as UseRegisterSW } from 'virtual:pwa-register/react';

/**
 * Stands in for `virtual:pwa-register/react` in the build-time pre-render (prerender.config.ts),
 * where there is no service worker to register: no update is ever waiting there.
 */
export const useRegisterSW: typeof UseRegisterSW = () => ({
  needRefresh: [false, () => {}],
  offlineReady: [false, () => {}],
  updateServiceWorker: () => Promise.resolve(),
});
