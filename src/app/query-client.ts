import { QueryClient } from '@tanstack/react-query';

/** A 4xx will not change by asking again (429 is the Graph client's business: Retry-After). */
function isClientError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('status' in error)) return false;
  const { status } = error;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isClientError(error) || isAbort(error)) return false;
  return failureCount < 2;
}

/** The one QueryClient of the portal. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // PIM state changes elsewhere too (approvals, expiry): fresh for a short while only.
        staleTime: 30_000,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
