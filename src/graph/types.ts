import type { RetryPolicy } from './retry.ts';

export type GraphVersion = 'v1.0' | 'beta';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface TokenOptions {
  /** Claims JSON from a claims challenge: the token function steps the user up (MFA, auth context). */
  claims?: string;
  signal?: AbortSignal;
  /** Graph rejected the cached token (401): skip the cache once. */
  forceRefresh?: boolean;
}

/** Returns a bearer token for Microsoft Graph carrying at least `scopes` (delegated). */
export type GetToken = (scopes: readonly string[], options?: TokenOptions) => Promise<string>;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface GraphClientOptions {
  /** `https://graph.microsoft.com` or `<origin>/emulator/graph`: no version, no trailing slash. */
  baseUrl: string;
  getToken: GetToken;
  fetch?: FetchLike;
  /** Waits between retries; must reject when the signal aborts. */
  sleep?: Sleep;
  /** Epoch milliseconds; reads `Retry-After` HTTP-dates. */
  now?: () => number;
  /** In [0, 1): jitter for backoff. */
  random?: () => number;
  /** A fresh `client-request-id` per HTTP request. */
  newRequestId?: () => string;
  retry?: Partial<RetryPolicy>;
  /** Per-HTTP-request timeout (each retry gets its own). */
  timeoutMs?: number;
}

export interface GraphRequestOptions {
  /** Delegated scopes this call needs, least privilege: the token is asked for exactly these. */
  scopes: readonly string[];
  version?: GraphVersion;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Claims to request the token with (a step-up answer, or known up front). */
  claims?: string;
  timeoutMs?: number;
}
