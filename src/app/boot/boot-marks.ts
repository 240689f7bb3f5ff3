// Attributes shared by the build's boot script (prerender.config.ts, which imports this plain
// file), the stylesheet (src/index.css) and the app.

/** On <html> while the address asks for another view than the pre-rendered one (English, a
 * filter…): the stylesheet hides the pre-rendered view until the app's first commit lifts it. */
export const CLIENT_RENDER_MARK = 'data-boot';

/** On <html> once the app has drawn or hydrated the page: from then on its controls answer. */
export const APP_RUNNING_MARK = 'data-app-running';

/** The inert <template> of the app's module script, which the boot script adds after the first
 * paint. */
export const APP_ENTRY_MARK = 'data-app-entry';
