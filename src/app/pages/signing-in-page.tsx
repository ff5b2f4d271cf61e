import { Spinner } from '@fluentui/react-components';
import { useDocumentTitle } from '../use-document-title.ts';
import { CenteredPage } from './centered-page.tsx';

/** While MSAL reads the sign-in response (or the first page loads), instead of a blank page. */
export function SigningInPage({ label, title }: { label: string; title?: string }) {
  useDocumentTitle(title);
  return (
    <CenteredPage busy>
      <Spinner size="large" label={label} labelPosition="below" />
    </CenteredPage>
  );
}
