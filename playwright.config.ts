import { defineConfig, devices } from '@playwright/test';
import { CHROME_FLAGS, CHROME_PATH } from './scripts/chromium.mjs';

// E2E_PORT and E2E_OUT_DIR let several runs share a machine without sharing a server or a build.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: `test-results/${PORT}`,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    // The app installs a service worker that serves the dataset from its precache, out of reach of
    // page.route: journeys that fake the network block it. offline.spec.ts allows it.
    serviceWorkers: 'block',
    // A first visit to / goes to the page of the browser's first language among the eight
    // (prerender.config.ts): the journeys read the French page, whatever the machine's locale.
    locale: 'fr-FR',
    launchOptions: {
      executablePath: CHROME_PATH,
      args: CHROME_FLAGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // .ci/run builds once before the browser tests and sets E2E_SKIP_BUILD; alone, this builds first.
    command: [
      process.env.E2E_SKIP_BUILD
        ? ''
        : `npx tsc -b && node_modules/.bin/vite build --outDir ${OUT_DIR} --emptyOutDir && `,
      `node_modules/.bin/vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    ].join(''),
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
