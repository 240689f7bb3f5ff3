// What a page built from hostile data may never contain. Used by the dataset fuzzing tests on
// server-rendered HTML (parsed back, so that escaping is checked too) and on the live jsdom page.

/** Elements that run code, load something, restyle the page or hide markup: the app draws none. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'img',
  'image',
  'picture',
  'source',
  'video',
  'audio',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'template',
  'math',
  'foreignobject',
  'use',
  'animate',
  'set',
  'marquee',
]);
/** Attributes that load or run something; the app's own markup uses none of them. */
const FORBIDDEN_ATTRIBUTES = new Set([
  'src',
  'srcset',
  'srcdoc',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
]);

const APP_ORIGIN = 'https://app.invalid';

/**
 * Every element or attribute under `root` that hostile text could have planted: forbidden
 * elements, event handlers, loading attributes, and links that are not http(s) or that leave the
 * page without rel="noopener noreferrer". Empty when the markup is safe.
 */
export function unsafeMarkup(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.localName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`<${tag}> element`);
    for (const { name, value } of Array.from(element.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) problems.push(`${attribute}="${value}" on <${tag}>`);
      if (FORBIDDEN_ATTRIBUTES.has(attribute)) problems.push(`${attribute} on <${tag}>`);
    }
    if (element.hasAttribute('href')) problems.push(...linkProblems(element, tag));
  }
  return problems;
}

function linkProblems(element: Element, tag: string): string[] {
  const href = element.getAttribute('href') ?? '';
  if (tag !== 'a') return [`href on <${tag}>`];
  let url: URL;
  try {
    url = new URL(href, `${APP_ORIGIN}/`);
  } catch {
    return [`unparsable href "${href}"`];
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return [`href "${href}"`];
  if (url.origin === APP_ORIGIN) return [];
  const rel = (element.getAttribute('rel') ?? '').split(/\s+/);
  return rel.includes('noopener') && rel.includes('noreferrer')
    ? []
    : [`link to ${href} without rel="noopener noreferrer"`];
}
