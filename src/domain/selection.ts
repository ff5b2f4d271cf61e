/**
 * Selection rules of a windowed grid (My roles, Approvals): rows are keys, and the grid draws only
 * some of them, so every rule works on keys, never on what happens to be drawn.
 */

/** A row's checkbox (or a click on its row): that row in or out, every other one as it was. */
export function toggleOne(selected: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(selected);
  if (!next.delete(key)) next.add(key);
  return next;
}

export type HeaderState = boolean | 'mixed';

/** What the header checkbox shows: all, some or none of the rows the filters show (drawn or not). */
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
 * "Select all" selects every row the filters show (however many are drawn); when they are all
 * selected already, it clears them. Rows hidden by the filters keep their state either way.
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
