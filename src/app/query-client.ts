import { QueryClient } from '@tanstack/react-query';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // One retry hides a network blip; after that the user sees the message and a Retry button.
      queries: { retry: 1, refetchOnWindowFocus: false },
    },
  });
}
