import { TaskListSquareLtrRegular } from '@fluentui/react-icons';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';

export function Component() {
  return (
    <>
      <PageHeader title="Approvals" description="Requests that wait for your decision." />
      <EmptyState
        icon={<TaskListSquareLtrRegular />}
        title="Requests to approve will appear here"
        description="Activation requests that name you as an approver will be listed here, so you can approve or deny each one with a reason."
      />
    </>
  );
}
