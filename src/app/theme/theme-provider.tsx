import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import {
  parseThemeChoice,
  readThemeChoice,
  resolveTheme,
  THEME_STORAGE_KEY,
  writeThemeChoice,
  type ThemeChoice,
} from './theme-choice.ts';
import { ThemeSettingsContext, type ThemeSettings } from './theme-context.ts';
import { readSystemPreferences, useSystemPreferences } from './system-preferences.ts';
import { loadedTheme, loadTheme } from './theme-loader.ts';

// The document itself: no UA margin around the full-height layouts, and the theme's font.
const useDocumentStyles = makeStaticStyles({
  body: { margin: 0 },
});

const useStyles = makeStyles({
  root: {
    minHeight: '100dvh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
});

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// A dark or high-contrast theme is fetched as soon as this module runs, beside the app's other
// chunks, so that it is usually here by the first render. A failure shows in the provider.
loadTheme(resolveTheme(readThemeChoice(localStorageOrNull()), readSystemPreferences())).catch(
  () => undefined,
);

export function ThemeProvider({ children }: { children: ReactNode }) {
  useDocumentStyles();
  const styles = useStyles();
  const system = useSystemPreferences();
  const [choice, setChoiceState] = useState<ThemeChoice>(() =>
    readThemeChoice(localStorageOrNull()),
  );
  const setChoice = useCallback((next: ThemeChoice) => {
    writeThemeChoice(localStorageOrNull(), next);
    setChoiceState(next);
  }, []);
  const theme = resolveTheme(choice, system);
  // The theme drawn: the chosen one once its tokens are here; until then the last one drawn.
  const [shown, setShown] = useState<Theme | undefined>(() => loadedTheme(theme));
  const ready = loadedTheme(theme);
  if (ready && ready !== shown) setShown(ready);
  useEffect(() => {
    if (loadedTheme(theme)) return;
    let current = true;
    loadTheme(theme).then(
      (next) => {
        if (current) setShown(next);
      },
      (error: unknown) => {
        // The page stays usable in the light theme; the reason goes to the console.
        console.error(`The ${theme} theme could not be loaded`, error);
        if (current) setShown((last) => last ?? webLightTheme);
      },
    );
    return () => {
      current = false;
    };
  }, [theme]);

  // A choice made in another tab applies here too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === THEME_STORAGE_KEY || event.key === null) {
        setChoiceState(parseThemeChoice(event.newValue));
      }
    };
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('storage', onStorage);
    };
  }, []);

  // Scrollbars and form controls outside Fluent follow the theme too.
  useLayoutEffect(() => {
    document.documentElement.style.colorScheme = theme === 'light' ? 'light' : 'dark';
  }, [theme]);

  const settings = useMemo<ThemeSettings>(
    () => ({ choice, theme, setChoice }),
    [choice, theme, setChoice],
  );
  return (
    <ThemeSettingsContext.Provider value={settings}>
      {/* Full-height background on a wrapper, not on the provider: FluentProvider copies its
          className onto every portal (menus, tooltips), which would then cover the page. */}
      {shown ? (
        <FluentProvider theme={shown}>
          <div className={styles.root}>{children}</div>
        </FluentProvider>
      ) : null}
    </ThemeSettingsContext.Provider>
  );
}
