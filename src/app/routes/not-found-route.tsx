import { Button } from '@fluentui/react-components';
import { DocumentSearchRegular } from '@fluentui/react-icons';
import { useLocation, useNavigate } from 'react-router-dom';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';

export function Component() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState
        icon={<DocumentSearchRegular />}
        title="There is no page at this address"
        description={`PIM Portal has no page at ${pathname}. Check the address, or go to your roles.`}
        actions={
          <Button
            as="a"
            href="/"
            appearance="primary"
            onClick={(event) => {
              event.preventDefault();
              void navigate('/');
            }}
          >
            Go to My roles
          </Button>
        }
      />
    </>
  );
}
