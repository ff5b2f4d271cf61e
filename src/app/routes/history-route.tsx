import { HistoryPage } from '../../features/history/components/history-page.tsx';

export function Component() {
  return <HistoryPage />;
}
