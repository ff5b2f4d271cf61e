import { describe, expect, it } from 'vitest';
import type { Preset } from './preset.ts';
import { exportPresets, mergePresets, parsePresetFile } from './preset-file.ts';

const preset = (name: string, changes: Partial<Preset> = {}): Preset => ({
  id: `id-${name}`,
  name,
  roles: [{ ref: 'role:62e90394-69f5-4237-9190-012177145e10', name: 'Global Administrator' }],
  durationMinutes: 120,
  justification: 'Patch Tuesday',
  ticketNumber: 'INC-1',
  ticketSystem: 'ServiceNow',
  ...changes,
});

let next = 0;
const newId = (): string => `new-${String((next += 1))}`;

const file = (presets: unknown, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: 'pim-portal/presets', version: 1, presets, ...extra });

describe('presets files', () => {
  it('round-trips an export, with new ids', () => {
    const capped = preset('Morning', {
      roles: [{ ref: 'group:g1:owner', name: 'Finance Admins', durationMinutes: 60 }],
    });
    const text = exportPresets([capped, preset('Audit', { ticketNumber: '' })], new Date(0));
    expect(JSON.parse(text)).toMatchObject({ format: 'pim-portal/presets', version: 1 });
    expect(text).toContain('"duration": "PT2H"');
    const read = parsePresetFile(text, newId);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.presets.map(({ id: _id, ...rest }) => rest)).toEqual(
      [capped, preset('Audit', { ticketNumber: '' })].map(({ id: _id, ...rest }) => rest),
    );
    expect(read.presets[0]?.id).toMatch(/^new-/);
  });

  it('says plainly what is wrong with a file, and imports nothing from it', () => {
    const errors = (text: string): string[] => {
      const read = parsePresetFile(text, newId);
      return read.ok ? [] : read.errors;
    };
    expect(errors('{oops')).toEqual([expect.stringContaining('not JSON')]);
    expect(errors('[]')).toEqual([expect.stringContaining('not a PIM Portal presets file')]);
    expect(errors(JSON.stringify({ format: 'other', version: 1 }))).toEqual([
      expect.stringContaining('"format"'),
    ]);
    expect(errors(file([], { version: 2 }))).toEqual([expect.stringContaining('newer PIM Portal')]);
    expect(errors(file([]))).toEqual(['The file holds no presets.']);
    const bad = errors(
      file([
        { name: 'Good', roles: [{ id: 'group:g1:member' }], duration: 'PT1H' },
        { name: '', roles: [], duration: 'soon' },
        {
          name: 'Long',
          roles: [{ id: 'Global Administrator' }],
          duration: 'PT9H',
          ticketNumber: 7,
        },
      ]),
    );
    expect(bad).toEqual([
      'Preset 2 has no name.',
      'Preset 2 has no roles.',
      'Preset 2: "duration" must be an ISO 8601 duration such as "PT2H".',
      'Preset 3 ("Long"): role 1 has no valid id (expected e.g. "role:<role definition id>" or "group:<group id>:member").',
      'Preset 3 ("Long"): the duration is longer than PIM\'s 8 hours.',
      'Preset 3 ("Long"): "ticketNumber" must be text.',
    ]);
  });

  it('replaces a preset of the same name and adds the others', () => {
    const merged = mergePresets(
      [preset('Morning'), preset('Audit')],
      [preset('morning', { id: 'x', justification: 'New' }), preset('Night', { id: 'y' })],
    );
    expect(merged.added).toBe(1);
    expect(merged.replaced).toBe(1);
    expect(merged.presets.map((p) => [p.id, p.name, p.justification])).toEqual([
      ['id-Morning', 'morning', 'New'],
      ['id-Audit', 'Audit', 'Patch Tuesday'],
      ['y', 'Night', 'Patch Tuesday'],
    ]);
  });
});
