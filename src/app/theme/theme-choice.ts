/** The user's pick in the account menu; `system` follows the operating system. */
export type ThemeChoice = 'system' | 'light' | 'dark' | 'high-contrast';
export type ThemeName = 'light' | 'dark' | 'high-contrast';

export interface SystemPreferences {
  dark: boolean;
  /** `forced-colors: active` (Windows contrast themes) or `prefers-contrast: more`. */
  highContrast: boolean;
}

export const THEME_CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'high-contrast', label: 'High contrast' },
];

/** A UI preference only; nothing about the user or their tenant is stored. */
export const THEME_STORAGE_KEY = 'pim-portal.theme';

export function resolveTheme(choice: ThemeChoice, system: SystemPreferences): ThemeName {
  if (choice !== 'system') return choice;
  // Contrast needs win over dark: a contrast user who also prefers dark still needs contrast.
  if (system.highContrast) return 'high-contrast';
  return system.dark ? 'dark' : 'light';
}

export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return THEME_CHOICES.find((c) => c.value === value)?.value ?? 'system';
}

type ReadableStorage = Pick<Storage, 'getItem'>;
type WritableStorage = Pick<Storage, 'setItem' | 'removeItem'>;

/** Storage can be missing or throw (privacy modes, blocked cookies): fall back to `system`. */
export function readThemeChoice(storage: ReadableStorage | null): ThemeChoice {
  try {
    return parseThemeChoice(storage?.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

export function writeThemeChoice(storage: WritableStorage | null, choice: ThemeChoice): void {
  try {
    if (choice === 'system') storage?.removeItem(THEME_STORAGE_KEY);
    else storage?.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not remembered across visits, still applied now.
  }
}
