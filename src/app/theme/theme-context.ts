import { createContext, useContext } from 'react';
import type { ThemeChoice, ThemeName } from './theme-choice.ts';

export interface ThemeSettings {
  choice: ThemeChoice;
  theme: ThemeName;
  setChoice: (choice: ThemeChoice) => void;
}

export const ThemeSettingsContext = createContext<ThemeSettings | null>(null);

export function useThemeSettings(): ThemeSettings {
  const settings = useContext(ThemeSettingsContext);
  if (!settings) throw new Error('useThemeSettings must be used inside <ThemeProvider>.');
  return settings;
}
