import type { QueryClient } from '@tanstack/react-query';
import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { App } from './app';

/**
 * Set on <html> by the inline boot script of the pre-rendered page (prerender.config.ts) when the
 * address asks for another view than the one pre-rendered (English, a filter, a plan…): the
 * stylesheet hides the pre-rendered view so the wrong language never flashes, and the client render
 * below shows the asked view and removes the mark in the same frame.
 */
export const CLIENT_RENDER_MARK = 'data-boot';

/**
 * Set on <html> once the app has drawn or hydrated the page: from then on its controls answer.
 * Before it, the pre-rendered page can be read but its buttons do nothing yet.
 */
export const APP_RUNNING_MARK = 'data-app-running';

function RevealOnCommit({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    document.documentElement.removeAttribute(CLIENT_RENDER_MARK);
    document.documentElement.setAttribute(APP_RUNNING_MARK, '');
  }, []);
  return children;
}

/** The element both the build-time pre-render and the browser render: one tree, so they match. */
export function createAppElement(queryClient: QueryClient) {
  return (
    <StrictMode>
      <RevealOnCommit>
        <App queryClient={queryClient} />
      </RevealOnCommit>
    </StrictMode>
  );
}
