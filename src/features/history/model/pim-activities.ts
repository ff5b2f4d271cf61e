/**
 * PIM activity names as the audit log writes them (Entra "audit log activities", PIM section),
 * for the server-side activity filter; `activityDisplayName` supports `eq` (directoryAudit).
 */
export const PIM_ACTIVITIES: readonly string[] = [
  'Add member to role requested (PIM activation)',
  'Add member to role approval requested (PIM activation)',
  'Add member to role request approved (PIM activation)',
  'Add member to role request denied (PIM activation)',
  'Add member to role completed (PIM activation)',
  'Add member to role canceled (PIM activation)',
  'PIM activation request expired',
  'Remove member from role (PIM activation expired)',
  'Remove member from role requested (PIM deactivate)',
  'Remove member from role completed (PIM deactivate)',
  'Update member in PIM requested (extend)',
  'Add member to role in PIM requested (timebound)',
  'Add member to role in PIM completed (timebound)',
  'Remove member from role in PIM requested (timebound)',
  'Remove member from role in PIM completed (timebound)',
];

/** Local calendar day `YYYY-MM-DD` → ISO instant of its start (or of its last millisecond). */
export function dayToIso(day: string, edge: 'start' | 'end'): string {
  const [y, m, d] = day.split('-').map(Number);
  const start = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
  return new Date(edge === 'start' ? start : start + 86_400_000 - 1).toISOString();
}

export function isoDay(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
