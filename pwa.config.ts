import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const HEADER_BLUE = '#172554'; // the page header (Tailwind blue-950)

/**
 * The service worker that makes the dashboard work offline after one visit, and its web app
 * manifest. The page registers it from bundled code (src/features/update/update-prompt.tsx, through
 * `virtual:pwa-register/react`): nothing is injected inline, so a CSP with script-src 'self' holds.
 *
 * The page is pre-rendered with the dataset, whose copy is a file of the build named after its
 * content (assets/plans-<hash>.json, prerender.config.ts), precached with the page: a service
 * worker serves exactly the app and the dataset it was built with, and data/plans.json, which the
 * built page never fetches, is not precached. A new deployment is a new service worker with a new manifest; it fills its own
 * entries while the old one keeps serving the old page, and only takes over when the reader
 * accepts the reload (registerType 'prompt'), at which point the app and the dataset switch
 * together.
 *
 * Every entry also carries its subresource integrity: if the server already holds other files than
 * the ones this build saw (a deployment landing while a worker installs), the fetch fails and the
 * worker is not installed, rather than caching a mixed set under this build's revisions.
 */
export function pwa(): Plugin[] {
  let outDir = 'dist';
  const outDirPlugin: Plugin = {
    name: 'pwa-out-dir',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
  };
  return [
    outDirPlugin,
    ...VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/icon.svg'],
      manifest: {
        id: '/',
        name: 'Plans d’action conjoints ONUDC–OSCE',
        short_name: 'ONUDC–OSCE',
        description:
          'Tableau de bord des plans d’action conjoints entre l’ONUDC et le Secrétariat de l’OSCE, sourcé, en français et en anglais.',
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: HEADER_BLUE,
        background_color: HEADER_BLUE,
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The plugin adds the manifest and its icons (and includeAssets) to the precache itself.
        // assets/*.json: the bundled dataset's copy the pre-rendered page was rendered from.
        globPatterns: ['**/*.{js,css,html}', 'assets/*.json'],
        navigateFallback: 'index.html',
        // The app lives at / and keeps the view in the query: only those navigations get the app.
        // A link to a file (the dataset, its JSON Schema) must open the file, not the dashboard.
        navigateFallbackAllowlist: [/^\/(index\.html)?(\?.*)?$/],
        cleanupOutdatedCaches: true,
        // The first visit's page is taken over as soon as the precache is complete, so it keeps
        // working if the network goes now. An update still waits for the reader (see above).
        clientsClaim: true,
        manifestTransforms: [
          async (entries) => ({
            manifest: await Promise.all(
              entries.map(async (entry) => {
                const body = await readFile(resolve(outDir, entry.url));
                const digest = createHash('sha384').update(body).digest('base64');
                return { ...entry, integrity: `sha384-${digest}` };
              }),
            ),
            warnings: [],
          }),
        ],
      },
    }),
  ];
}
