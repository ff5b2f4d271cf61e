import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { parseHistoryView, writeHistoryView, type HistoryView } from '../model/history-params.ts';

/**
 * The view lives in the address bar (see `history-params.ts`), so a filtered view can be shared
 * and survives a reload. Applying filters adds a history entry (back returns to the previous
 * view); typing and sorting replace the current one, so back does not replay every keystroke.
 */
export function useHistoryView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseHistoryView(params), [params]);
  const update = useCallback(
    (change: Partial<HistoryView>, replace: boolean) => {
      setParams(
        (current) => writeHistoryView({ ...parseHistoryView(current), ...change }, current),
        {
          replace,
        },
      );
    },
    [setParams],
  );
  return [view, update] as const;
}
