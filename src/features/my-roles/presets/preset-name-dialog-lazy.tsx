import { lazy, Suspense } from 'react';
import type { PresetNameDialogProps } from './preset-name-dialog.tsx';

const LazyDialog = lazy(() =>
  import('./preset-name-dialog.tsx').then((m) => ({ default: m.PresetNameDialog })),
);

/**
 * The preset name dialog, fetched the first time it opens: with it, Fluent's Dialog leaves the
 * first screen (the activation form, which shares it, is fetched on demand too).
 */
export function PresetNameDialog(props: PresetNameDialogProps) {
  return (
    <Suspense fallback={null}>
      <LazyDialog {...props} />
    </Suspense>
  );
}
