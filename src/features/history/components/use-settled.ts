import { useEffect, useState } from 'react';

/**
 * The value once it stopped changing for `ms`: the directory is not searched per keystroke, and
 * the rows' approvers and audit entries are not read for every row that scrolls past. While
 * `hold` is true the last settled value stays (e.g. while the next page loads: the user is at
 * the end of the list, about to scroll on, and the page matters more than these rows' details).
 */
export function useSettled<T>(value: T, ms = 250, hold = false): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (hold) return;
    const timer = setTimeout(() => {
      setSettled(value);
    }, ms);
    return () => {
      clearTimeout(timer);
    };
  }, [value, ms, hold]);
  return settled;
}
