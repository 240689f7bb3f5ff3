// Attributes shared by the build's boot script (prerender.config.ts), the stylesheet
// (src/index.css, `:root[data-boot]`) and the app (app-root.tsx). Plain strings, no React: the
// build's config imports this file.

/**
 * Set on <html> by the boot script when the address asks for another view than the pre-rendered
 * one (English, a filter, a plan…): the stylesheet hides the pre-rendered view so the wrong
 * language never flashes, and the app's first commit removes the mark.
 */
export const CLIENT_RENDER_MARK = 'data-boot';

/**
 * Set on <html> once the app has drawn or hydrated the page: from then on its controls answer.
 * Before it, the pre-rendered page can be read but its buttons do nothing yet.
 */
export const APP_RUNNING_MARK = 'data-app-running';

/** Marks the inert <template> holding the app's module script, which the boot script adds to the
 * page after the first paint. */
export const APP_ENTRY_MARK = 'data-app-entry';
