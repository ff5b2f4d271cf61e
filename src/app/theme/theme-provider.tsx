import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  teamsHighContrastTheme,
  tokens,
  webDarkTheme,
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
  type ThemeName,
} from './theme-choice.ts';
import { ThemeSettingsContext, type ThemeSettings } from './theme-context.ts';
import { useSystemPreferences } from './system-preferences.ts';

const THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme,
};

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
      <FluentProvider theme={THEMES[theme]}>
        <div className={styles.root}>{children}</div>
      </FluentProvider>
    </ThemeSettingsContext.Provider>
  );
}
