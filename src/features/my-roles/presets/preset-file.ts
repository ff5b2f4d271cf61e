import { LIMITS, readPresetJson, toPresetJson, type Preset } from './preset.ts';

/** The exported file's marker and version: a newer portal may add a version 2, never reuse 1. */
export const PRESET_FILE_FORMAT = 'pim-portal/presets';
export const PRESET_FILE_VERSION = 1;

/** The JSON text of a presets file, for teams to share (no user or tenant data in it). */
export function exportPresets(presets: readonly Preset[], now: Date): string {
  return `${JSON.stringify(
    {
      format: PRESET_FILE_FORMAT,
      version: PRESET_FILE_VERSION,
      exportedAt: now.toISOString(),
      presets: presets.map(toPresetJson),
    },
    null,
    2,
  )}\n`;
}

export type PresetFileResult = { ok: true; presets: Preset[] } | { ok: false; errors: string[] };

/** Reads a presets file; every problem is reported (nothing is imported from a faulty file). */
export function parsePresetFile(text: string, newId: () => string): PresetFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['The file is not JSON. Choose a file exported from PIM Portal.'] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: ['The file is not a PIM Portal presets file.'] };
  }
  const file = data as Record<string, unknown>;
  if (file.format !== PRESET_FILE_FORMAT) {
    return {
      ok: false,
      errors: [
        `The file is not a PIM Portal presets file (its "format" is not "${PRESET_FILE_FORMAT}").`,
      ],
    };
  }
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return { ok: false, errors: ['The file has no valid "version".'] };
  }
  if (file.version > PRESET_FILE_VERSION) {
    return {
      ok: false,
      errors: [
        `The file was made by a newer PIM Portal (format version ${String(file.version)}); this one reads version ${String(PRESET_FILE_VERSION)}.`,
      ],
    };
  }
  if (!Array.isArray(file.presets) || file.presets.length === 0) {
    return { ok: false, errors: ['The file holds no presets.'] };
  }
  if (file.presets.length > LIMITS.presets) {
    return { ok: false, errors: [`The file holds more than ${String(LIMITS.presets)} presets.`] };
  }
  const presets: Preset[] = [];
  const errors: string[] = [];
  file.presets.forEach((item: unknown, index) => {
    const read = readPresetJson(item, `Preset ${String(index + 1)}`, newId());
    if ('errors' in read) errors.push(...read.errors);
    else presets.push(read.preset);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, presets };
}

/**
 * Adds imported presets to the user's own. A preset with the name of an existing one replaces
 * it (a team re-importing its updated file expects that), keeping the existing one's place.
 */
export function mergePresets(
  existing: readonly Preset[],
  imported: readonly Preset[],
): { presets: Preset[]; added: number; replaced: number } {
  const presets = [...existing];
  let added = 0;
  let replaced = 0;
  for (const preset of imported) {
    const index = presets.findIndex((p) => p.name.toLowerCase() === preset.name.toLowerCase());
    if (index >= 0) {
      presets[index] = { ...preset, id: presets[index]?.id ?? preset.id };
      replaced += 1;
    } else {
      presets.push(preset);
      added += 1;
    }
  }
  return { presets: presets.slice(0, LIMITS.presets), added, replaced };
}
