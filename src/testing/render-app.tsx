import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from '../app/app';
import { reportCaughtError } from '../app/boot/report-caught-error';
import { bundledDatasetJson } from './dataset-builders';

export type FetchResponder = (url: string) => Response | Promise<Response>;

export const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Stubs the network edge: every fetch goes through `responder`. */
export function stubFetch(responder: FetchResponder) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) =>
    responder(String(input instanceof Request ? input.url : input)),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export interface RenderAppOptions {
  url?: string;
  responder?: FetchResponder;
  /** user-event replaces navigator.clipboard; a test of a refused clipboard needs it off. */
  withUserEvent?: boolean;
}

/** Renders the real app, through the real loader, with only the network stubbed. */
export function renderApp({
  url = '/',
  responder = () => jsonResponse(bundledDatasetJson()),
  withUserEvent = true,
}: RenderAppOptions = {}) {
  window.history.replaceState(null, '', url);
  const fetchMock = stubFetch(responder);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = withUserEvent ? userEvent.setup() : null!;
  const view = render(<App queryClient={queryClient} />, { onCaughtError: reportCaughtError });
  return { ...view, user, fetchMock, queryClient };
}
