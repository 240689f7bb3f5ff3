// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../data/dataset-error';
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
