import type { QueryClient } from '@tanstack/react-query';
import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { App } from './app';
import { APP_RUNNING_MARK, CLIENT_RENDER_MARK } from './boot-marks';

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
