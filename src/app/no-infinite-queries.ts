/**
 * Stands in for TanStack Query's paging of infinite queries (vite.config.ts points query-core's
 * import of it here): the app has none (no useInfiniteQuery), and every query carried the code
 * (0.4 KB gzip of every first load). A first infinite query fails loudly rather than silently.
 */
const noInfiniteQueries = (): never => {
  throw new Error('This app has no infinite queries: see src/app/no-infinite-queries.ts');
};

export const infiniteQueryBehavior = noInfiniteQueries;
export const hasNextPage = noInfiniteQueries;
export const hasPreviousPage = noInfiniteQueries;
