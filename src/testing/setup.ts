import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { loadCatalog } from '../i18n/use-i18n';

// recharts measures its container through ResizeObserver; jsdom has no layout, so report a
// desktop-sized box and the chart draws as it does in a browser.
class ResizeObserverStub {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element) {
    const contentRect = {
      width: 800,
      height: 400,
      top: 0,
      left: 0,
      bottom: 400,
      right: 800,
      x: 0,
      y: 0,
    };
    queueMicrotask(() =>
      this.callback(
        [{ target, contentRect } as unknown as ResizeObserverEntry],
        this as unknown as ResizeObserver,
      ),
    );
  }
  unobserve() {}
  disconnect() {}
}
vi.stubGlobal('ResizeObserver', ResizeObserverStub);

// Every language's messages load on demand in the app (src/i18n/use-i18n.tsx), the page's own
// with the app's code; tests that render in French or English, or build their text outside React,
// find them loaded, as a page does once it has them.
await Promise.all([loadCatalog('fr'), loadCatalog('en')]);

// Two cores shared with browser builds and two test workers can make the first render of a file
// (its lazy chunks transformed on first import) take several seconds: wait up to 10 s, under the
// test timeout (vite.config.ts). A query that finds its element returns at once: a quiet machine
// waits no longer.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  // jsdom has no IndexedDB: fake-indexeddb stands in, emptied after each test (a dataset one test
  // keeps must not open the next).
  globalThis.indexedDB = new IDBFactory();
  vi.stubGlobal('ResizeObserver', ResizeObserverStub);
  // Files of pure functions run in Node (// @vitest-environment node): no page, no address.
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});
