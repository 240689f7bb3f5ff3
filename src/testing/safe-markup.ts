import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
// What a page built from hostile data may never contain. Used by the dataset fuzzing tests on
// server-rendered HTML (read as markup, so that escaping is checked too), on the live jsdom page
// and on the chart's SVG download.

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

type Attributes = ReadonlyMap<string, string>;

// What React writes as the action of a form whose action is a function (the app's own forms), on
// the server and in the browser: it only throws, should the form ever be submitted natively.
const REACT_FORM_ACTION =
  /^javascript:throw new Error\('(A )?React form (was )?unexpectedly submitted/;

// The script React's server renderer writes after a form whose action is a function: it keeps a
// press made before the app runs. Taken from React itself, so that only that exact script passes.
const REACT_FORM_REPLAY_SCRIPT =
  /<script>[\s\S]*?<\/script>/.exec(
    renderToStaticMarkup(createElement('form', { action: () => {} })),
  )?.[0] ?? '<script>';

function elementProblems(tag: string, attributes: Attributes): string[] {
  const isReactForm = tag === 'form' && REACT_FORM_ACTION.test(attributes.get('action') ?? '');
  const problems: string[] = [];
  if (FORBIDDEN_ELEMENTS.has(tag) && !isReactForm) problems.push(`<${tag}> element`);
  for (const [name, value] of attributes) {
    if (name.startsWith('on')) problems.push(`${name}="${value}" on <${tag}>`);
    if (FORBIDDEN_ATTRIBUTES.has(name) && !(isReactForm && name === 'action')) {
      problems.push(`${name} on <${tag}>`);
    }
  }
  const href = attributes.get('href');
  if (href !== undefined) problems.push(...linkProblems(tag, href, attributes.get('rel') ?? ''));
  return problems;
}

function linkProblems(tag: string, href: string, rel: string): string[] {
  if (tag !== 'a') return [`href on <${tag}>`];
  let url: URL;
  try {
    url = new URL(href, `${APP_ORIGIN}/`);
  } catch {
    return [`unparsable href "${href}"`];
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return [`href "${href}"`];
  if (url.origin === APP_ORIGIN) return [];
  const tokens = rel.split(/\s+/);
  return tokens.includes('noopener') && tokens.includes('noreferrer')
    ? []
    : [`link to ${href} without rel="noopener noreferrer"`];
}

/**
 * Every element or attribute under `root` that hostile text could have planted: forbidden
 * elements, event handlers, loading attributes, and links that are not http(s) or that leave the
 * page without rel="noopener noreferrer". Empty when the markup is safe.
 */
export function unsafeMarkup(root: ParentNode): string[] {
  const elements = Array.from(root.querySelectorAll('*'));
  return elements
    .filter((element) => element.outerHTML !== REACT_FORM_REPLAY_SCRIPT)
    .flatMap((element) =>
      elementProblems(
        element.localName.toLowerCase(),
        new Map(Array.from(element.attributes, (a) => [a.name.toLowerCase(), a.value])),
      ),
    );
}

// React's server renderer writes every attribute value in double quotes and escapes &, <, >, "
// and ' everywhere: in its output each "<" opens a tag, a closing tag or a comment, and nothing
// else. readServerHtml relies on that (and says so when it does not hold), which makes it about
// ten times faster than building a jsdom document; the fuzz test checks both readings agree.
const TAG =
  /<(?:!--[\s\S]*?-->|(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>)/y;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:="([^"]*)")?/g;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const decode = (text: string) =>
  text.replace(
    ENTITY,
    (_, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
      name ? NAMED[name]! : String.fromCodePoint(dec ? Number(dec) : Number.parseInt(hex!, 16)),
  );

/** The problems unsafeMarkup would find in this server-rendered HTML, and its text content. */
export function readServerHtml(html: string): { problems: string[]; text: string } {
  const problems: string[] = [];
  let text = '';
  let from = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', from)) {
    text += html.slice(from, at);
    TAG.lastIndex = at;
    const match = TAG.exec(html);
    if (!match) {
      problems.push(`stray "<" in "${html.slice(at, at + 40)}"`);
      from = at + 1;
      continue;
    }
    from = TAG.lastIndex;
    const [, closing, name, rawAttributes = ''] = match;
    if (!name || closing) continue;
    const attributes = new Map(
      Array.from(rawAttributes.matchAll(ATTRIBUTE), ([, key = '', value = '']) => [
        key.toLowerCase(),
        decode(value),
      ]),
    );
    if (html.startsWith(REACT_FORM_REPLAY_SCRIPT, at)) continue;
    problems.push(...elementProblems(name.toLowerCase(), attributes));
  }
  text += html.slice(from);
  if (/[<>]/.test(text.replace(ENTITY, ''))) problems.push('unescaped < or > in text');
  return { problems, text: decode(text) };
}
