/**
 * Stands in for TanStack Query's MutationCache (vite.config.ts points query-core's import of it
 * here). The app reads its data and never writes any through the client (no useMutation): the
 * cache and its Mutation class, which every QueryClient creates, were 1.1 KB gzip of every page’s
 * first load, for nothing. What the client asks of it answers "no mutation"; building one fails
 * loudly, so that a first useMutation cannot go unnoticed.
 */
export class MutationCache {
  readonly config: unknown;

  constructor(config: unknown = {}) {
    this.config = config;
  }

  build(): never {
    throw new Error('This app has no mutations: see src/app/no-mutation-cache.ts');
  }

  find(): undefined {
    return undefined;
  }

  findAll(): [] {
    return [];
  }

  getAll(): [] {
    return [];
  }

  clear(): void {}

  notify(): void {}

  subscribe(): () => void {
    return () => {};
  }

  hasListeners(): boolean {
    return false;
  }

  resumePausedMutations(): Promise<void> {
    return Promise.resolve();
  }
}
