import { useEffect, useState, type ReactNode } from 'react';

/** Safari has no requestIdleCallback: there, a short timer after the first paint stands in. */
export function afterIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(callback, { timeout: 2000 });
    return () => {
      window.cancelIdleCallback(id);
    };
  }
  const id = window.setTimeout(callback, 200);
  return () => {
    window.clearTimeout(id);
  };
}

/**
 * Renders its children once the browser has nothing more urgent to do: for secondary parts of a
 * screen (a collapsed section at its foot) whose code should not delay what the user came for.
 */
export function WhenIdle({ children }: { children: ReactNode }) {
  const [idle, setIdle] = useState(false);
  useEffect(
    () =>
      afterIdle(() => {
        setIdle(true);
      }),
    [],
  );
  return idle ? children : null;
}
