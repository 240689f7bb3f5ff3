import { QueryClient } from '@tanstack/react-query';
import { DatasetError } from '../data/dataset-error';

/**
 * One retry hides a network blip. A 404, a 500, a body that is not JSON or breaks the schema will
 * not mend itself in a second: the user sees the message at once, with a Retry button.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && error instanceof DatasetError && error.kind === 'network';
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: shouldRetry, refetchOnWindowFocus: false } },
  });
}
