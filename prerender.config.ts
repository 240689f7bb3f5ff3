import process from 'node:process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type Rollup } from 'vite';
import { bundledDatasetElement } from './src/data/bundled-dataset.ts';
import { datasetForLanguage } from './src/data/dataset-languages.ts';
import type { Dataset } from './src/data/dataset-schema.ts';
import { APP_ENTRY_MARK, CLIENT_RENDER_MARK } from './src/app/boot/boot-marks.ts';
import {
  DEFAULT_LOCALE,
  directionOf,
  LANGUAGE_CHOICE_KEY,
  LOCALES,
  type Locale,
} from './src/i18n/locale.ts';

/** What src/app/boot/prerender-page.tsx returns (kept apart: this file is type-checked for Node). */
interface PrerenderedPage {
  html: Partial<Record<Locale, string>>;
  head: Partial<Record<Locale, { title: string; description: string }>>;
  dataset: unknown;
}

/**
 * Inline (allowed by its hash, csp.config.ts), as a request would delay every first paint.
 *
 * The language, colour scheme and view mark must be settled before the first paint, which only a
 * script in the page can do. A first visit to the French page without `lang` goes to the page of the
 * reader's first browser language among the eight (or the one they last chose: LANGUAGE_CHOICE_KEY),
 * the French view hidden meanwhile. The mark hides the pre-rendered view (no filter…) when the
 * address asks for another, until the app has drawn it (app-root.tsx lifts it); `v`, `scheme` and
 * the page's own `lang` change no text or layout.
 *
 * Then it adds the app's module, and the manifest's link (deferManifest), kept in an inert
 * <template data-app-entry> until the page's first contentful paint (at once if nothing is to be
 * painted first; after 3 s whatever happens): see the entry script's rewrite below for the LCP.
 */
export const BOOT_SCRIPT = `(function () {
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  if (!params.has('lang') && root.lang === '${DEFAULT_LOCALE}') {
    var wanted = navigator.languages || [];
    try {
      if (localStorage.getItem('${LANGUAGE_CHOICE_KEY}')) wanted = [localStorage.getItem('${LANGUAGE_CHOICE_KEY}')];
    } catch (e) {}
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i]).toLowerCase().split(/[-_]/)[0];
      if (${JSON.stringify(LOCALES)}.indexOf(code) < 0) continue;
      if (code === root.lang) break;
      root.setAttribute('${CLIENT_RENDER_MARK}', 'client');
      return location.replace(location.pathname.replace(/(index\\.html)?$/, code + '/') + location.search + location.hash);
    }
  }
  if (params.get('lang') === root.lang) params.delete('lang');
  var scheme = params.get('scheme');
  if (scheme !== 'light' && scheme !== 'dark') {
    scheme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  root.setAttribute('data-scheme', scheme);
  params.delete('v');
  params.delete('scheme');
  if (params.toString() !== '') root.setAttribute('${CLIENT_RENDER_MARK}', 'client');
  var hasStarted = false;
  function start() {
    if (hasStarted) return;
    if (document.readyState === 'loading') return document.addEventListener('DOMContentLoaded', start);
    hasStarted = true;
    var app = document.querySelector('template[${APP_ENTRY_MARK}]');
    if (app) document.head.appendChild(document.importNode(app.content, true));
  }
  var paints = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (root.hasAttribute('${CLIENT_RENDER_MARK}') || document.visibilityState === 'hidden' || !paints ||
      paints.indexOf('paint') < 0) return start();
  new PerformanceObserver(function (list, observer) {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    start();
  }).observe({ type: 'paint', buffered: true });
  setTimeout(start, 3000);
})();`;

const ROOT = '<div id="root"></div>';
const MANIFEST_LINK = /\s*<link rel="manifest" href="([^"]+)">/;
const TEMPLATE_END = '</template>';

/**
 * Pre-renders the dashboard into index.html at build time (issue 6): headings, timeline, areas,
 * quotes and sources are in the HTML, readable with JavaScript off; the app then hydrates them.
 * The bundled dataset is validated here, once, and written compactly into a file of the build
 * named after its content (assets/plans-<hash>.json), which the page names (src/data/
 * bundled-dataset.ts). The markup already says everything the first view shows: the page fetches
 * that file when its later sections wake (src/app/boot/deferred-sections.tsx), after the load, and
 * never needs the schema code for it (zod loads only for a dataset fetched or opened later). A
 * dataset that breaks the schema fails the build, naming each problem and its path.
 *
 * The page is rendered by a server build of src/app/boot/prerender-page.tsx made at the start of the
 * browser build, so index.html is final before vite-plugin-pwa hashes it into the precache.
 */
export function prerender(): Plugin {
  let root = process.cwd();
  let publicDir = resolve(root, 'public');
  let page: PrerenderedPage | null = null;
  let favicon = '';
  let base = '/';
  // The dataset the page was rendered from, one copy per language (its texts, and the sources' two),
  // each a file of the build named after its content.
  let datasetFiles: Partial<Record<Locale, { fileName: string; source: string }>> = {};
  const siteUrl = (process.env.SITE_URL ?? '').replace(/\/+$/, '');
  const urlOf = (locale: Locale) => {
    const file = datasetFiles[locale];
    if (!file) throw new Error(`Pre-render: no ${locale} copy of the dataset`);
    return `${base}${file.fileName}`;
  };
  const datasetElementFor = (locale: Locale) =>
    bundledDatasetElement(
      urlOf(locale),
      Object.fromEntries(LOCALES.map((other) => [other, urlOf(other)])),
    );
  return {
    name: 'prerender',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
      base = config.base;
    },
    async buildStart() {
      const outDir = resolve(root, 'node_modules/.cache/prerender');
      await build({
        root,
        configFile: false,
        logLevel: 'warn',
        mode: 'production',
        plugins: [react()],
        build: {
          ssr: resolve(root, 'src/app/boot/prerender-page.tsx'),
          outDir,
          emptyOutDir: true,
          copyPublicDir: false,
          minify: false,
          // No Tailwind in this build: its stylesheets are not used, and not worth minifying
          // (Lightning CSS would warn on every @reference and @source of the deck's).
          cssMinify: false,
          rollupOptions: {
            // vite-plugin-pwa's module, which registers the service worker, exists in the browser
            // build only. The pre-render never renders the update offer that imports it (a lazy
            // chunk, drawn once the page has settled): the import stays unresolved here.
            external: ['virtual:pwa-register/react'],
            onwarn(warning, warn) {
              // The server build imports the schema directly; the browser build loads it lazily.
              if (warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
              warn(warning);
            },
          },
        },
      });
      const moduleUrl = `${pathToFileURL(join(outDir, 'prerender-page.js')).href}?${Date.now()}`;
      const { prerenderPages } = (await import(moduleUrl)) as {
        prerenderPages: (json: unknown, source: string) => Promise<PrerenderedPage>;
      };
      favicon = svgDataUrl(await readFile(join(publicDir, 'icons/icon.svg'), 'utf8'));
      const datasetPath = join(publicDir, 'data/plans.json');
      const json: unknown = JSON.parse(await readFile(datasetPath, 'utf8'));
      try {
        page = await prerenderPages(json, 'public/data/plans.json');
        const { dataset } = page;
        datasetFiles = Object.fromEntries(
          LOCALES.map((locale) => {
            const source = JSON.stringify(datasetForLanguage(dataset as Dataset, locale));
            const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
            return [locale, { fileName: `assets/plans-${hash}.json`, source }];
          }),
        );
      } catch (error) {
        const issues = (error as { issues?: { path: string; message: string }[] }).issues ?? [];
        const details = issues.map((issue) => `\n  ${issue.path}: ${issue.message}`).join('');
        throw new Error(`The bundled dataset cannot be pre-rendered: ${String(error)}${details}`, {
          cause: error,
        });
      }
    },
    // The other languages' pages: index.html as built (scripts, policy, styles), with each one's
    // own language, direction, title, description and markup. Run after index.html is final.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const emitted = new Set<string>();
        for (const file of Object.values(datasetFiles)) {
          if (emitted.has(file.fileName)) continue; // French and English share theirs
          emitted.add(file.fileName);
          this.emitFile({ type: 'asset', ...file });
        }
        const index = bundle['index.html'];
        if (!page || index?.type !== 'asset') throw new Error('Pre-render: no index.html built');
        const frenchMessages = messagesPreload(base, bundle, DEFAULT_LOCALE);
        for (const locale of LOCALES) {
          if (locale === DEFAULT_LOCALE) continue;
          const source = localizePage(String(index.source), page, locale)
            .replace(datasetElementFor(DEFAULT_LOCALE), () => datasetElementFor(locale))
            .replace(frenchMessages, () => messagesPreload(base, bundle, locale));
          this.emitFile({ type: 'asset', fileName: `${locale}/index.html`, source });
        }
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { chunk, bundle }) {
        if (!page || !chunk || !bundle) throw new Error('Pre-render: the page was not rendered');
        if (!html.includes(ROOT)) throw new Error(`Pre-render: index.html has no ${ROOT}`);
        const entry = `${base}${chunk.fileName}`;
        // The one rewrite of Vite's tags: its entry script goes, and the boot script asks for the
        // module after the first paint (BOOT_SCRIPT). With the script in the page, a slow phone
        // fetched it before painting a page that needs none to be read: LCP 1.72 s in Lighthouse's
        // simulation, 1.0 to 1.2 s without (BENCHMARKS.md, issue 13).
        const entryScript = new RegExp(
          `<script\\b[^>]*\\bsrc="${escapeRegExp(entry)}"[^>]*></script>\\s*`,
        );
        if (!entryScript.test(html)) throw new Error('Pre-render: no entry module script found');
        const data = datasetElementFor(DEFAULT_LOCALE);
        return {
          html: html
            .replace(entryScript, '')
            .replace(ROOT, () => `<div id="root">${page?.html.fr ?? ''}</div>\n    ${data}`),
          tags: [
            { tag: 'script', children: BOOT_SCRIPT, injectTo: 'head' },
            // Each language's page names the others, for search engines and readers without script:
            // at full addresses where the build knows the site's (SITE_URL, as search engines ask),
            // from the site's root otherwise.
            ...[...LOCALES, 'x-default' as const].map((hreflang) => ({
              tag: 'link',
              attrs: {
                rel: 'alternate',
                hreflang,
                href: `${siteUrl}${base}${hreflang === 'x-default' || hreflang === DEFAULT_LOCALE ? '' : `${hreflang}/`}`,
              },
              injectTo: 'head' as const,
            })),
            // The favicon in the page (0.3 KB gzip): no request for it competes with the first
            // paint (LCP 1.06 to 0.94 s with the manifest's link below, BENCHMARKS.md).
            {
              tag: 'link',
              attrs: { rel: 'icon', href: favicon, type: 'image/svg+xml' },
              injectTo: 'head',
            },
            {
              tag: 'template',
              attrs: { [APP_ENTRY_MARK]: true },
              // The page's messages come with the app's module, not after it has run: the page
              // hydrates with them, and each page asks for its own (generateBundle).
              children: `<script type="module" crossorigin src="${entry}"></script>${messagesPreload(base, bundle, DEFAULT_LOCALE)}`,
              injectTo: 'body',
            },
          ],
        };
      },
    },
  };
}

/** The modulepreload of a language's messages (src/i18n/messages-<locale>.ts, a chunk of its own). */
function messagesPreload(base: string, bundle: Rollup.OutputBundle, locale: Locale): string {
  const module = `/src/i18n/messages-${locale}.ts`;
  const chunk = Object.values(bundle).find(
    (file) => file.type === 'chunk' && file.facadeModuleId?.endsWith(module),
  );
  if (!chunk) throw new Error(`Pre-render: no chunk of its own for ${module}`);
  return `<link rel="modulepreload" crossorigin href="${base}${chunk.fileName}">`;
}

/** The French page made another language's: the same document, its words and direction changed. */
function localizePage(french: string, page: PrerenderedPage, locale: Locale): string {
  const replaceOnce = (html: string, from: string | RegExp, to: string) => {
    const found = typeof from === 'string' ? html.includes(from) : from.test(html);
    if (!found) throw new Error(`Pre-render (${locale}): ${String(from).slice(0, 60)} not found`);
    return html.replace(from, () => to);
  };
  const head = page.head[locale];
  const markup = page.html[locale];
  if (!head || markup === undefined) throw new Error(`Pre-render: no ${locale} page rendered`);
  const { title, description } = head;
  let html = replaceOnce(
    french,
    '<html lang="fr">',
    `<html lang="${locale}" dir="${directionOf(locale)}">`,
  );
  html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
  html = replaceOnce(
    html,
    /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
    `<meta name="description" content="${escapeHtml(description)}" />`,
  );
  return replaceOnce(
    html,
    `<div id="root">${page.html.fr ?? ''}</div>`,
    `<div id="root">${markup}</div>`,
  );
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An SVG as a data: URL for an attribute in double quotes: its quotes made single, then
 * percent-encoding only what a URL must not hold. */
export function svgDataUrl(svg: string): string {
  const text = svg.trim().replace(/\s+/g, ' ').replace(/> </g, '><').replaceAll('"', "'");
  return `data:image/svg+xml,${text.replace(/[%#<>]/g, (char) => encodeURIComponent(char))}`;
}

/**
 * Moves the web app manifest's link, which vite-plugin-pwa writes into index.html, into the
 * template of links the boot script adds after the first paint (see BOOT_SCRIPT). Runs after the
 * PWA plugin's own transform.
 */
export function deferManifest(): Plugin {
  return {
    name: 'defer-manifest',
    // vite-plugin-pwa's transform is enforce: 'post' too; this plugin comes after it in the list.
    enforce: 'post',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const link = MANIFEST_LINK.exec(html);
        if (!link) throw new Error('Pre-render: no web app manifest link found');
        if (!html.includes(TEMPLATE_END)) throw new Error('Pre-render: no app template found');
        return html
          .replace(MANIFEST_LINK, '')
          .replace(TEMPLATE_END, `<link rel="manifest" href="${link[1]}">${TEMPLATE_END}`);
      },
    },
  };
}
