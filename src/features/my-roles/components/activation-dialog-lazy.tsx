import { lazy, Suspense } from 'react';
import type { ActivationDialogProps } from './activation-dialog.tsx';

const LazyDialog = lazy(() =>
  import('./activation-dialog.tsx').then((m) => ({ default: m.ActivationDialog })),
);

/**
 * The activation form, fetched the first time it opens: the dialog, text area, radio group and
 * their styles are not part of the first screen, which only lists the roles.
 */
export function ActivationDialog(props: ActivationDialogProps) {
  return (
    <Suspense fallback={null}>
      <LazyDialog {...props} />
    </Suspense>
  );
}
