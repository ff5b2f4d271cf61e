import { useSyncExternalStore } from 'react';
import type { SystemPreferences } from './theme-choice.ts';

const QUERIES = {
  dark: '(prefers-color-scheme: dark)',
  forcedColors: '(forced-colors: active)',
  moreContrast: '(prefers-contrast: more)',
} as const;

function media(query: string): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
}

function subscribe(onChange: () => void): () => void {
  const lists = Object.values(QUERIES)
    .map(media)
    .filter((l): l is MediaQueryList => l !== null);
  for (const list of lists) list.addEventListener('change', onChange);
  return () => {
    for (const list of lists) list.removeEventListener('change', onChange);
  };
}

// A string snapshot keeps useSyncExternalStore's identity check cheap and stable.
function snapshot(): string {
  const dark = media(QUERIES.dark)?.matches ?? false;
  const highContrast =
    (media(QUERIES.forcedColors)?.matches ?? false) ||
    (media(QUERIES.moreContrast)?.matches ?? false);
  return `${dark ? 'dark' : 'light'}|${highContrast ? 'contrast' : 'normal'}`;
}

function parse(value: string): SystemPreferences {
  const [scheme, contrast] = value.split('|');
  return { dark: scheme === 'dark', highContrast: contrast === 'contrast' };
}

/** The operating system's colour and contrast preferences now, outside React. */
export function readSystemPreferences(): SystemPreferences {
  return parse(snapshot());
}

/** The operating system's colour and contrast preferences, live. */
export function useSystemPreferences(): SystemPreferences {
  return parse(useSyncExternalStore(subscribe, snapshot, () => 'light|normal'));
}
