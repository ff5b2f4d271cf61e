import { PersonKeyRegular } from '@fluentui/react-icons';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';

export function Component() {
  return (
    <>
      <PageHeader title="My roles" description="Roles you can activate and roles active now." />
      <EmptyState
        icon={<PersonKeyRegular />}
        title="Your roles will appear here"
        description="The directory roles and groups you are eligible for will be listed here, ready to activate, next to the ones that are active now and when they end."
      />
    </>
  );
}
