const localFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** `2026-11-01 09:30:00 UTC`: the unambiguous time, for the hover text and exports. */
export function utcText(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function localText(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : localFormat.format(ms);
}

/** A Graph date in the user's locale and time zone, with UTC on hover. */
export function DateText({
  value,
  empty = '—',
}: {
  value: string | null | undefined;
  empty?: string;
}) {
  if (!value) return <>{empty}</>;
  return (
    <time dateTime={value} title={utcText(value)}>
      {localText(value)}
    </time>
  );
}
