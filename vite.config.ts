/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { pwa } from './pwa.config.ts';
import { contentSecurityPolicy } from './csp.config.ts';
import { deferManifest, prerender } from './prerender.config.ts';

/** Test files that replace a module with vi.mock (see `test.projects`). */
const MOCKING_TESTS = [
  'src/features/update/update-prompt.test.tsx',
  'src/features/dataset/lazy-dataset-error-message.test.tsx',
  'src/deck/pptx-download-button.test.tsx',
  'src/data/dataset-fuzz.test.tsx',
];

export default defineConfig({
  // contentSecurityPolicy last: it hashes the final HTML's inline scripts. deferManifest after pwa,
  // which writes the manifest's link (vite-plugin-pwa has no option to leave it out).
  plugins: [
    react(),
    tailwindcss(),
    prerender(),
    ...pwa(),
    deferManifest(),
    contentSecurityPolicy(),
  ],
  resolve: {
    // recharts takes only three d3 scales here: see src/features/areas/d3-scale-subset.ts.
    alias: [
      // jszip's browser build (dist/jszip.min.js, a browserify bundle) tests for a global
      // `require`: bundled, that brings the bundler's `require` shim into the runtime helpers the
      // entry shares, and the first load grows for the PowerPoint writer. Its sources do not.
      { find: /^jszip$/, replacement: 'jszip/lib/index.js' },
      // No mutation and no infinite query in this app: TanStack Query's code for them stays out
      // (src/app/no-mutation-cache.ts, no-infinite-queries.ts). Only query-core imports them by
      // these relative names.
      {
        find: /^\.\/mutationCache\.js$/,
        replacement: fileURLToPath(new URL('./src/app/no-mutation-cache.ts', import.meta.url)),
      },
      {
        find: /^\.\/infiniteQueryBehavior\.js$/,
        replacement: fileURLToPath(new URL('./src/app/no-infinite-queries.ts', import.meta.url)),
      },
      {
        find: /^victory-vendor\/d3-scale$/,
        replacement: fileURLToPath(
          new URL('./src/features/areas/d3-scale-subset.ts', import.meta.url),
        ),
      },
    ],
  },
  // No modulepreload polyfill: every browser that runs ES2022 modules preloads them natively.
  build: {
    target: 'es2022',
    // The stylesheets are Tailwind 4's, made for Chrome 111, Safari 16.4 and Firefox 128
    // (https://tailwindcss.com/docs/compatibility). Minified for the script's older target, each
    // colour also got a hex copy for browsers without lab() and the @property fallbacks a second
    // copy for ::backdrop: about 0.7 KB gzip of the first load that no browser Tailwind serves uses.
    cssTarget: ['chrome111', 'edge111', 'firefox128', 'safari16.4'],
    sourcemap: false,
    modulePreload: {
      polyfill: false,
      // None in the HTML: the boot script asks for the app's module after the first paint
      // (prerender.config.ts). Dynamic imports keep preloading their chunks' dependencies.
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? [] : deps),
    },
    rolldownOptions: {
      output: {
        // Everything the first load runs in one chunk. Left to itself, Rolldown made React, the
        // formatters and the preload helper chunks of their own once the later sections became a
        // chunk (src/app/boot/deferred-sections.tsx): three more requests, and 1.3 KB more gzip.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'] },
            // The sections' code in one chunk with the selectors and formatters it shares with the
            // deck and the downloads: each page fetches it after the load, and two chunks more
            // cost 0.9 KB gzip of every language's running view. Those parts import it instead.
            {
              name: 'later-sections',
              test: /\/src\/(app\/boot\/later-sections\.tsx|i18n\/formatters\.ts|features\/(areas\/area-selectors|plans\/plan-selectors|plans\/timeline-scale|quotes\/quote-selectors|plans\/format-period)\.ts|data\/dataset-selectors\.ts|components\/ui\/(quotation\.tsx|download\.ts)|i18n\/(evidence-label|language-name)\.ts)$/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    css: false,
    // Two cores shared with browser builds and two workers: whole-app renders can take a few
    // seconds, and a fuzz test with no timeout of its own (1,000 cases in CI) over 15 s.
    testTimeout: 30_000,
    // Vitest leaves a core free by default (cores - 1): on two cores, every file one after another.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: MOCKING_TESTS,
          // A fresh jsdom and module graph per file cost half of `npm test`'s processor time
          // (about 60 of 120 s on two cores) for nothing the tests need: each test renders its
          // own app with its own QueryClient, and setup.ts resets the page, storage and globals.
          isolate: false,
        },
      },
      {
        extends: true,
        // vi.mock replaces a module for the whole worker: these keep a module graph of their own,
        // and run after the shared ones, so that no shared worker picks up a mocked module.
        test: { name: 'isolated', include: MOCKING_TESTS, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
