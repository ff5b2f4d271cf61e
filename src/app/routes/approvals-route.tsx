import { useCallback } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/page-header.tsx';
import { ApprovalsPage } from '../../features/approvals/components/approvals-page.tsx';

/**
 * One request opens in a panel. Shared links are `/approvals/<id>`; inside the page a panel is
 * opened as `?request=<id>`, which keeps the path (and so the shell's focus) where it is.
 */
export function Component() {
  const { requestId } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const onOpenRequest = useCallback(
    (id: string | undefined) => {
      void navigate(id ? `/approvals?request=${encodeURIComponent(id)}` : '/approvals');
    },
    [navigate],
  );
  return (
    <>
      <PageHeader title="Approvals" description="Requests that wait for your decision." />
      <ApprovalsPage
        requestId={requestId ?? search.get('request') ?? undefined}
        onOpenRequest={onOpenRequest}
      />
    </>
  );
}
