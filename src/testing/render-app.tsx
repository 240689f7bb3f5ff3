import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from '../app/app';
import { datasetQueryOptions } from '../data/dataset-query';
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
export function renderApp(options: RenderAppOptions = {}) {
  return renderWith(prepare(options), options);
}

/**
 * renderApp once the dataset has come through the real loader, as startApp draws a view: for a
 * test of what the page shows and does, not of its loading. A first frame with "Loading…" would
 * make each test wait: React holds a boundary's content back for up to 300 ms after its fallback
 * showed (FALLBACK_THROTTLE_MS, react-dom), about half of a whole-app test's time in jsdom.
 */
export async function renderLoadedApp(options: RenderAppOptions = {}) {
  const prepared = prepare(options);
  await prepared.queryClient.fetchQuery(datasetQueryOptions());
  return renderWith(prepared, options);
}

function prepare({
  url = '/',
  responder = () => jsonResponse(bundledDatasetJson()),
}: RenderAppOptions) {
  window.history.replaceState(null, '', url);
  const fetchMock = stubFetch(responder);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { fetchMock, queryClient };
}

function renderWith(
  { fetchMock, queryClient }: ReturnType<typeof prepare>,
  { withUserEvent = true }: RenderAppOptions,
) {
  // No delay between a user's actions, and no check of `pointer-events` up every element's
  // ancestors on each press: tests load no stylesheet (css: false), so nothing sets it.
  const user = withUserEvent ? userEvent.setup({ delay: null, pointerEventsCheck: 0 }) : null!;
  const view = render(<App queryClient={queryClient} />, { onCaughtError: reportCaughtError });
  return { ...view, user, fetchMock, queryClient };
}
