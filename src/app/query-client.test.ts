// @vitest-environment node
import { QueryClient, type MutationCache as RealMutationCache } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../data/dataset-error';
import { MutationCache } from './no-mutation-cache';
import { shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it('retries a network failure once', () => {
    const error = new DatasetError('network', '/x.json');
    expect(shouldRetry(0, error)).toBe(true);
    expect(shouldRetry(1, error)).toBe(false);
  });

  it.each(['http', 'not-json', 'schema'] as const)(
    'does not retry a %s error that cannot mend itself',
    (kind) => {
      expect(shouldRetry(0, new DatasetError(kind, '/x.json'))).toBe(false);
    },
  );
});

// The build gives query-core this cache in place of its own (vite.config.ts); tests run the
// package as published, so the client is handed it here.
describe('the client without mutations', () => {
  it('runs on the stand-in cache, which answers "none" and refuses to build one', async () => {
    const cache = new MutationCache();
    const client = new QueryClient({ mutationCache: cache as unknown as RealMutationCache });
    client.mount();
    expect(client.isMutating()).toBe(0);
    await expect(client.resumePausedMutations()).resolves.toBeUndefined();
    client.setQueryData(['x'], 1);
    expect(client.getQueryData(['x'])).toBe(1);
    expect(() => cache.build()).toThrow(/no mutations/);
    client.unmount();
    client.clear();
  });
});
