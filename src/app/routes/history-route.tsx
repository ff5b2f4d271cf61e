import { HistoryRegular } from '@fluentui/react-icons';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';

export function Component() {
  return (
    <>
      <PageHeader title="History" description="What was requested, approved and activated." />
      <EmptyState
        icon={<HistoryRegular />}
        title="Your activation history will appear here"
        description="Your past activation requests, with their justification, approver decision and outcome, will be listed here."
      />
    </>
  );
}
