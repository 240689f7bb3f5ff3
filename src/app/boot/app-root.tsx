import type { QueryClient } from '@tanstack/react-query';
import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { App } from '../app';
import { APP_RUNNING_MARK, CLIENT_RENDER_MARK } from './boot-marks';
import {
  LaterSectionsContext,
  useLaterSections,
  type LaterSectionsSource,
} from './deferred-sections';

function RevealOnCommit({ children }: { children: ReactNode }) {
  const { isDeferred } = useLaterSections();
  useLayoutEffect(() => {
    document.documentElement.removeAttribute(CLIENT_RENDER_MARK);
    // Sections still waiting for their code mark the page running once hydrated themselves.
    if (!isDeferred()) document.documentElement.setAttribute(APP_RUNNING_MARK, '');
  }, [isDeferred]);
  return children;
}

/** The element both the build-time pre-render and the browser render: one tree, so they match.
 * `initialSearch`: the view to draw first ('' for the pre-rendered one; else the address's). */
export function createAppElement(
  queryClient: QueryClient,
  sections: LaterSectionsSource,
  initialSearch?: string,
) {
  return (
    <StrictMode>
      <LaterSectionsContext value={sections}>
        <RevealOnCommit>
          <App queryClient={queryClient} initialSearch={initialSearch} />
        </RevealOnCommit>
      </LaterSectionsContext>
    </StrictMode>
  );
}
