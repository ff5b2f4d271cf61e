/** A row's checkbox (or a click on its row): that role in or out, every other one as it was. */
export function toggleOne(selected: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(selected);
  if (!next.delete(key)) next.add(key);
  return next;
}

export type HeaderState = boolean | 'mixed';

/** The header checkbox speaks for the rows the filters show, not for the drawn window. */
export function headerState(
  selected: ReadonlySet<string>,
  shownKeys: readonly string[],
): HeaderState {
  let count = 0;
  for (const key of shownKeys) if (selected.has(key)) count += 1;
  if (count === 0) return false;
  return count === shownKeys.length ? true : 'mixed';
}

/**
 * "Select all" selects every role the filters show (however many are drawn); when they are all
 * selected already, it clears them. Roles hidden by the filters keep their state either way.
 */
export function toggleAllShown(
  selected: ReadonlySet<string>,
  shownKeys: readonly string[],
): Set<string> {
  const next = new Set(selected);
  if (headerState(selected, shownKeys) === true) for (const key of shownKeys) next.delete(key);
  else for (const key of shownKeys) next.add(key);
  return next;
}
