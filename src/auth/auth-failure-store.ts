import { useSyncExternalStore } from 'react';

/**
 * The error code of the last failed interactive sign-in, so the signed-out page can say that
 * (and which) sign-in failed instead of silently showing the button again. Only the code is
 * kept: MSAL error objects can carry request details.
 */
let lastFailure: string | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function reportAuthFailure(errorCode: string): void {
  lastFailure = errorCode;
  emit();
}

export function clearAuthFailure(): void {
  if (lastFailure === null) return;
  lastFailure = null;
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function snapshot(): string | null {
  return lastFailure;
}

export function useLastAuthFailure(): string | null {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
