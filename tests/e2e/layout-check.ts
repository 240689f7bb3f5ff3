import { expect, type Page } from '@playwright/test';

// A layout check that sees what the reader sees: geometry, not pixels, so it holds across fonts and
// languages (a longer German word, a right-to-left line) where a screenshot comparison would not.
// In the page it finds:
// - visible text that overlaps other visible text;
// - text clipped by a box that hides its overflow (a slide's stage, a card), or pushing the page
//   wider than its window;
// - drawn marks (a plan's bar, a milestone's diamond, a chart's bar) lying over text, or outside
//   the row they belong to (`data-layout-row`).
// Text meant to sit on a mark says so (`data-layout-on-mark`). Screen-reader-only text is skipped.

export interface LayoutProblem {
  kind: 'overlap' | 'clipped' | 'page-overflow' | 'mark-over-text' | 'mark-outside-row';
  /** What a person would see, with the words involved. */
  what: string;
}

export interface LayoutCheckOptions {
  /** Where to look (default: the whole body). */
  root?: string;
  /** Pixels two boxes may share before it counts (anti-aliasing, italic overhangs). */
  tolerance?: number;
}

/** Runs in the page: must not refer to anything outside itself. */
function findProblemsInPage({ root: rootSelector, tolerance }: Required<LayoutCheckOptions>) {
  type Box = { left: number; top: number; right: number; bottom: number };
  const problems: { kind: string; what: string }[] = [];
  const root = document.querySelector(rootSelector) ?? document.body;
  const short = (text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
  };
  const shared = (a: Box, b: Box) => ({
    width: Math.min(a.right, b.right) - Math.max(a.left, b.left),
    height: Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top),
  });
  const isInside = (inner: Box, outer: Box) =>
    inner.left >= outer.left - tolerance &&
    inner.right <= outer.right + tolerance &&
    inner.top >= outer.top - tolerance &&
    inner.bottom <= outer.bottom + tolerance;

  const hiddenCache = new Map<Element, boolean>();
  /** Hidden from sight: not rendered, transparent, or screen-reader-only (a 1 px clipped box). */
  const isHidden = (element: Element): boolean => {
    const known = hiddenCache.get(element);
    if (known !== undefined) return known;
    let hidden = !element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    if (!hidden) {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      // Tailwind's sr-only: a 1 px box hiding its overflow, clipped to nothing (a table ignores
      // its size and overflow, so the clip is what hides it).
      const clipsAll =
        /rect\(0px,? 0px,? 0px,? 0px\)/.test(style.clip) ||
        style.clipPath === 'inset(50%)' ||
        (style.overflow !== 'visible' && box.width <= 1 && box.height <= 1);
      hidden = clipsAll || (element.parentElement ? isHidden(element.parentElement) : false);
    }
    hiddenCache.set(element, hidden);
    return hidden;
  };

  /** The boxes that hide what overflows them, nearest first, up to the root's own. */
  const clippers = (element: Element): Element[] => {
    const found: Element[] = [];
    for (let at = element.parentElement; at; at = at.parentElement) {
      const style = getComputedStyle(at);
      if (/hidden|clip/.test(`${style.overflowX} ${style.overflowY}`)) found.push(at);
      if (at === document.body) break;
    }
    return found;
  };
  const innerBox = (element: Element): Box => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return {
      left: box.left + parseFloat(style.borderLeftWidth),
      right: box.right - parseFloat(style.borderRightWidth),
      top: box.top + parseFloat(style.borderTopWidth),
      bottom: box.bottom - parseFloat(style.borderBottomWidth),
    };
  };

  // Visible text, one box per line.
  type TextBox = Box & { node: Node; element: Element; text: string };
  const texts: TextBox[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const element = node.parentElement;
    if (!text.trim() || !element || isHidden(element)) continue;
    if (element.closest('script, style, template, title, defs')) continue;
    range.selectNodeContents(node);
    // A line's box is its line height, centred on the glyphs' box: with tight leading (a big figure,
    // `leading-none`) the glyphs' box reaches into the next line though no ink does.
    const lineHeight = parseFloat(getComputedStyle(element).lineHeight);
    for (const rect of range.getClientRects()) {
      if (rect.width < 1 || rect.height < 1) continue;
      const half = Number.isFinite(lineHeight)
        ? Math.min(rect.height, lineHeight) / 2
        : rect.height / 2;
      const middle = (rect.top + rect.bottom) / 2;
      texts.push({
        left: rect.left,
        right: rect.right,
        top: middle - half,
        bottom: middle + half,
        node,
        element,
        text,
      });
    }
  }

  // Clipped text: outside a box that hides its overflow.
  const reported = new Set<Node>();
  for (const box of texts) {
    if (reported.has(box.node)) continue;
    for (const clipper of clippers(box.element)) {
      if (!isInside(box, innerBox(clipper))) {
        reported.add(box.node);
        problems.push({
          kind: 'clipped',
          what: `"${short(box.text)}" is cut off by <${clipper.tagName.toLowerCase()} class="${short(clipper.getAttribute('class') ?? '')}">`,
        });
        break;
      }
    }
  }
  const scroller = document.scrollingElement ?? document.documentElement;
  if (scroller.scrollWidth > innerWidth + tolerance) {
    problems.push({
      kind: 'page-overflow',
      what: `the page is ${scroller.scrollWidth} px wide in a ${innerWidth} px window`,
    });
  }

  // Overlapping text: two different pieces of text sharing more than a sliver of a line.
  const byTop = [...texts].sort((a, b) => a.top - b.top);
  const pairs = new Set<string>();
  for (let i = 0; i < byTop.length; i += 1) {
    const a = byTop[i]!;
    for (let j = i + 1; j < byTop.length; j += 1) {
      const b = byTop[j]!;
      if (b.top >= a.bottom) break;
      if (a.node === b.node) continue;
      const { width, height } = shared(a, b);
      const lineHeight = Math.min(a.bottom - a.top, b.bottom - b.top);
      if (width <= tolerance || height <= Math.max(tolerance, lineHeight * 0.3)) continue;
      const key = `${short(a.text)}|${short(b.text)}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      problems.push({ kind: 'overlap', what: `"${short(a.text)}" overlaps "${short(b.text)}"` });
    }
  }

  // Drawn marks: over no text, inside their row.
  const marks = root.querySelectorAll('[data-layout-mark], .recharts-bar-rectangle path');
  for (const mark of marks) {
    if (isHidden(mark)) continue;
    const box = mark.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) continue;
    const name = mark.getAttribute('data-layout-mark') || 'bar';
    const row = mark.closest('[data-layout-row]');
    if (row && !isInside(box, row.getBoundingClientRect())) {
      problems.push({
        kind: 'mark-outside-row',
        what: `the ${name} mark lies outside its row "${short(row.textContent ?? '')}"`,
      });
    }
    for (const text of texts) {
      if (text.element.closest('[data-layout-on-mark]')) continue;
      const { width, height } = shared(box, text);
      if (width > tolerance && height > tolerance) {
        problems.push({
          kind: 'mark-over-text',
          what: `the ${name} mark lies over "${short(text.text)}"`,
        });
        break;
      }
    }
  }
  return problems;
}

/**
 * Resolves once the page has stopped moving: no animation running and the same layout three frames
 * running (a chart measures its box after its first draw and draws again).
 */
export async function waitForStillLayout(page: Page, root = 'body') {
  await page.evaluate(async (selector) => {
    await Promise.all(document.getAnimations().map((animation) => animation.finished));
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const shape = () =>
      [...(document.querySelector(selector) ?? document.body).querySelectorAll('*')]
        .slice(0, 3000)
        .map((element) => {
          const box = element.getBoundingClientRect();
          return `${box.x.toFixed(1)},${box.y.toFixed(1)},${box.width.toFixed(1)},${box.height.toFixed(1)}`;
        })
        .join(';');
    let last = shape();
    let still = 0;
    for (let tries = 0; tries < 120 && still < 3; tries += 1) {
      await frame();
      const now = shape();
      still = now === last ? still + 1 : 0;
      last = now;
    }
  }, root);
}

export async function findLayoutProblems(
  page: Page,
  options: LayoutCheckOptions = {},
): Promise<LayoutProblem[]> {
  const problems = await page.evaluate(findProblemsInPage, {
    root: options.root ?? 'body',
    tolerance: options.tolerance ?? 1,
  });
  return problems as LayoutProblem[];
}

/** Fails naming every problem found, with where it was seen. */
export async function expectCleanLayout(page: Page, where: string, options?: LayoutCheckOptions) {
  await waitForStillLayout(page, options?.root);
  const problems = await findLayoutProblems(page, options);
  expect(
    problems.map((problem) => `${problem.kind}: ${problem.what}`),
    `layout problems in ${where}`,
  ).toEqual([]);
}
