import { DatasetError } from './dataset-error';
import type { Dataset } from './dataset-schema';

/**
 * How long a load may take, answer and body, before the page says the server is too slow rather
 * than spinning on: the bundled dataset is about 40 KB, a few seconds on a poor mobile network.
 */
export const DATASET_TIMEOUT_MS = 20_000;

/** The only code in the app that fetches. */
export async function loadDataset(
  url: string,
  signal?: AbortSignal,
  timeoutMs: number = DATASET_TIMEOUT_MS,
): Promise<Dataset> {
  // The query's signal cancels (the page no longer needs the data: rethrown as is); the timer
  // gives up (a DatasetError the page shows, with Retry).
  const controller = new AbortController();
  const cancel = () => controller.abort(signal?.reason);
  if (signal?.aborted) cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  let hasTimedOut = false;
  const timer = setTimeout(() => {
    hasTimedOut = true;
    controller.abort();
  }, timeoutMs);
  const failure = (cause: unknown) =>
    signal?.aborted ? cause : new DatasetError(hasTimedOut ? 'timeout' : 'network', url, { cause });

  // The schema code (zod) is not in the first load: the page starts from the dataset the build
  // wrote into it. It is fetched alongside the data, so the check waits for no extra round trip.
  const parser = import('./parse-dataset');
  parser.catch(() => {}); // a failure is handled where it is awaited
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
      });
    } catch (cause) {
      throw failure(cause);
    }
    if (!response.ok) throw new DatasetError('http', url, { status: response.status });
    // A connection lost in the middle of the body is a network failure, not a file that is not JSON.
    let body: string;
    try {
      body = await response.text();
    } catch (cause) {
      throw failure(cause);
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (cause) {
      throw new DatasetError('not-json', url, { cause });
    }
    let parseDataset: (json: unknown, url: string) => Dataset;
    try {
      ({ parseDataset } = await parser);
    } catch (cause) {
      throw failure(cause);
    }
    return parseDataset(json, url);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}
