import { useEffect, useState } from 'react';

/**
 * The value once it stopped changing for `ms`: the directory is not searched per keystroke, and
 * the rows' approvers and audit entries are not read for every row that scrolls past.
 */
export function useSettled<T>(value: T, ms = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(value);
    }, ms);
    return () => {
      clearTimeout(timer);
    };
  }, [value, ms]);
  return settled;
}
