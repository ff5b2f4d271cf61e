import { lazy, Suspense } from 'react';
import { WhenIdle } from '../../../components/when-idle.tsx';

const LazySection = lazy(() =>
  import('./my-history-section.tsx').then((m) => ({ default: m.MyHistorySection })),
);

/**
 * My history, collapsed at the foot of My roles: its code (the Accordion, the table, the queries)
 * is fetched once the browser is idle after the list has shown, not with the first screen.
 */
export function MyHistorySection() {
  return (
    <WhenIdle>
      <Suspense fallback={null}>
        <LazySection />
      </Suspense>
    </WhenIdle>
  );
}
