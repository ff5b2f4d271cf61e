import { webLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeName } from './theme-choice.ts';

/**
 * Light, the usual theme, comes with the first screen; dark and high contrast are fetched only
 * when chosen (each is a few KB of tokens most users never need).
 */
const loaded: Partial<Record<ThemeName, Theme>> = { light: webLightTheme };
const loading = new Map<ThemeName, Promise<Theme>>();

const importers: Record<Exclude<ThemeName, 'light'>, () => Promise<Theme>> = {
  dark: () => import('./dark-theme.ts').then((m) => m.darkTheme),
  'high-contrast': () => import('./high-contrast-theme.ts').then((m) => m.highContrastTheme),
};

/** The theme's tokens if they are here already. */
export function loadedTheme(name: ThemeName): Theme | undefined {
  return loaded[name];
}

/** The theme's tokens, fetched once (a failed fetch is tried again on the next call). */
export function loadTheme(name: ThemeName): Promise<Theme> {
  const ready = loaded[name];
  if (ready) return Promise.resolve(ready);
  let promise = loading.get(name);
  if (!promise) {
    promise = (name === 'light' ? Promise.resolve(webLightTheme) : importers[name]()).then(
      (theme) => {
        loaded[name] = theme;
        return theme;
      },
      (error: unknown) => {
        loading.delete(name);
        throw error;
      },
    );
    loading.set(name, promise);
  }
  return promise;
}
