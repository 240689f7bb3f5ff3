// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledDatasetJson } from '../testing/dataset-builders';
import { jsonResponse, stubFetch } from '../testing/render-app';
import { DatasetError } from './dataset-error';
import { DATASET_TIMEOUT_MS, loadDataset } from './load-dataset';

async function failureOf(promise: Promise<unknown>): Promise<DatasetError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

describe('loadDataset', () => {
  it('returns the validated dataset', async () => {
    stubFetch(() => jsonResponse(bundledDatasetJson()));
    const dataset = await loadDataset('/data/plans.json');
    expect(dataset.featuredPlanId).toBe('plan-2018-2019');
  });

  it.each([404, 500])('turns an HTTP %i into an http error with the status', async (status) => {
    stubFetch(() => new Response('nope', { status }));
    const error = await failureOf(loadDataset('/data/plans.json'));
    expect(error).toMatchObject({ kind: 'http', status, url: '/data/plans.json' });
  });

  it('turns a refused connection into a network error', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await failureOf(loadDataset('/x.json'))).toMatchObject({ kind: 'network' });
  });

  it('turns an HTML page into a not-json error', async () => {
    stubFetch(() => new Response('<!doctype html><title>Oops</title>', { status: 200 }));
    expect(await failureOf(loadDataset('/x.json'))).toMatchObject({ kind: 'not-json' });
  });

  it('turns a body that breaks the schema into a schema error listing the paths', async () => {
    stubFetch(() => jsonResponse({ schemaVersion: 1, plans: 'many' }));
    const error = await failureOf(loadDataset('/x.json'));
    expect(error.kind).toBe('schema');
    expect(error.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['plans', 'themes', 'title']),
    );
  });

  describe('on a network that does not answer', () => {
    afterEach(() => vi.useRealTimers());

    /** A fetch that never answers, and fails only when its request is aborted. */
    function stubSilentNetwork() {
      const fetchMock = vi.fn(
        (_input: RequestInfo | URL, init?: RequestInit) =>
          new Promise<Response>((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () =>
              reject(new DOMException('The operation was aborted.', 'AbortError')),
            ),
          ),
      );
      vi.stubGlobal('fetch', fetchMock);
      return fetchMock;
    }

    it('gives up after DATASET_TIMEOUT_MS with a timeout error', async () => {
      vi.useFakeTimers();
      stubSilentNetwork();
      const failure = failureOf(loadDataset('/x.json'));
      await vi.advanceTimersByTimeAsync(DATASET_TIMEOUT_MS - 1);
      let isSettled = false;
      void failure.finally(() => (isSettled = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(isSettled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await failure).toMatchObject({ kind: 'timeout', url: '/x.json' });
    });

    it('counts the body too: a body that stops coming times out', async () => {
      vi.useFakeTimers();
      vi.stubGlobal('fetch', (_input: RequestInfo | URL, init?: RequestInit) => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"schemaVersion": 1, "pla'));
            init?.signal?.addEventListener('abort', () =>
              controller.error(new DOMException('The operation was aborted.', 'AbortError')),
            );
          },
        });
        return Promise.resolve(new Response(body, { status: 200 }));
      });
      const failure = failureOf(loadDataset('/x.json'));
      await vi.advanceTimersByTimeAsync(DATASET_TIMEOUT_MS);
      expect(await failure).toMatchObject({ kind: 'timeout' });
    });

    it('a cancelled load (the page no longer needs it) rethrows the abort, not a DatasetError', async () => {
      stubSilentNetwork();
      const controller = new AbortController();
      const load = loadDataset('/x.json', controller.signal);
      controller.abort();
      await expect(load).rejects.toMatchObject({ name: 'AbortError' });
    });
  });

  it('a connection lost in the middle of the body is a network error, not "not JSON"', async () => {
    stubFetch(() => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"schemaVersion": 1, "pla'));
          controller.error(new TypeError('network error'));
        },
      });
      return new Response(body, { status: 200 });
    });
    expect(await failureOf(loadDataset('/x.json'))).toMatchObject({ kind: 'network' });
  });

  it('a body cut short but delivered whole is not JSON', async () => {
    const text = JSON.stringify(bundledDatasetJson());
    stubFetch(() => new Response(text.slice(0, text.length / 2), { status: 200 }));
    expect(await failureOf(loadDataset('/x.json'))).toMatchObject({ kind: 'not-json' });
  });
});
