import { memoryStorage } from '../../domain/testing/memory-storage.ts';
import { describe, expect, it, vi } from 'vitest';
import {
  parseThemeChoice,
  readThemeChoice,
  resolveTheme,
  THEME_STORAGE_KEY,
  writeThemeChoice,
} from './theme-choice.ts';

const plain = { dark: false, highContrast: false };

describe('resolveTheme', () => {
  it('follows the operating system when the choice is System', () => {
    expect(resolveTheme('system', plain)).toBe('light');
    expect(resolveTheme('system', { dark: true, highContrast: false })).toBe('dark');
    expect(resolveTheme('system', { dark: false, highContrast: true })).toBe('high-contrast');
  });

  it('puts a contrast need before a dark preference', () => {
    expect(resolveTheme('system', { dark: true, highContrast: true })).toBe('high-contrast');
  });

  it('keeps a manual choice whatever the system says', () => {
    expect(resolveTheme('light', { dark: true, highContrast: true })).toBe('light');
    expect(resolveTheme('dark', plain)).toBe('dark');
    expect(resolveTheme('high-contrast', plain)).toBe('high-contrast');
  });
});

describe('remembering the choice', () => {
  it('reads a stored choice and ignores anything unknown', () => {
    expect(readThemeChoice(memoryStorage({ [THEME_STORAGE_KEY]: 'dark' }))).toBe('dark');
    expect(readThemeChoice(memoryStorage({ [THEME_STORAGE_KEY]: 'purple' }))).toBe('system');
    expect(readThemeChoice(memoryStorage())).toBe('system');
    expect(readThemeChoice(null)).toBe('system');
    expect(parseThemeChoice('high-contrast')).toBe('high-contrast');
  });

  it('stores manual choices and forgets System', () => {
    const storage = memoryStorage();
    writeThemeChoice(storage, 'high-contrast');
    expect(storage.data.get(THEME_STORAGE_KEY)).toBe('high-contrast');
    writeThemeChoice(storage, 'system');
    expect(storage.data.has(THEME_STORAGE_KEY)).toBe(false);
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: vi.fn(() => {
        throw new Error('SecurityError');
      }),
      setItem: vi.fn(() => {
        throw new Error('QuotaExceededError');
      }),
      removeItem: vi.fn(),
    };
    expect(readThemeChoice(broken)).toBe('system');
    expect(() => {
      writeThemeChoice(broken, 'dark');
    }).not.toThrow();
  });
});
