import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { App } from '../app';
import { LaterSectionsContext, type LaterSectionsSource } from './deferred-sections';

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
        <App queryClient={queryClient} initialSearch={initialSearch} />
      </LaterSectionsContext>
    </StrictMode>
  );
}
