import { describe, expect, it } from 'vitest';
import { bundledDatasetJson } from '../testing/dataset-builders';
import { jsonResponse, stubFetch } from '../testing/render-app';
import { DatasetError, loadDataset } from './load-dataset';

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
});
