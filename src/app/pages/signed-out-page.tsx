import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { PRODUCT_NAME, useDocumentTitle } from '../use-document-title.ts';
import { CenteredPage } from './centered-page.tsx';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  tenant: {
    color: tokens.colorNeutralForeground2,
  },
});

const CANCELLED = new Set(['user_cancelled', 'access_denied', 'interaction_in_progress_cancelled']);

export function signInFailureText(code: string): string {
  return CANCELLED.has(code)
    ? 'Sign-in was cancelled before it finished.'
    : `Sign-in did not complete (error code: ${code}).`;
}

export interface SignedOutPageProps {
  /** The tenant the button signs in to, e.g. "Contoso (emulated tenant)". */
  tenant: string;
  onSignIn: () => void;
  signingIn: boolean;
  failureCode: string | null;
}

/** The landing page for anyone not signed in, whatever address they opened. */
export function SignedOutPage({ tenant, onSignIn, signingIn, failureCode }: SignedOutPageProps) {
  const styles = useStyles();
  useDocumentTitle('Sign in');
  return (
    <CenteredPage>
      <Text as="h1" size={800} weight="semibold">
        {PRODUCT_NAME}
      </Text>
      <Text as="p" size={400}>
        Activate your eligible Microsoft Entra roles and group memberships just in time, when you
        need them, and only for as long as you need them.
      </Text>
      <ul className={styles.list}>
        <li>
          <Text>See the roles you are eligible for and the ones that are active now.</Text>
        </li>
        <li>
          <Text>Request an activation with a justification, and follow it until it ends.</Text>
        </li>
        <li>
          <Text>Approve or deny the requests that wait for you, and review the history.</Text>
        </li>
      </ul>
      {failureCode ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not signed in</MessageBarTitle>
            {signInFailureText(failureCode)} Try again.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" size="large" disabled={signingIn} onClick={onSignIn}>
          Sign in
        </Button>
        {signingIn ? <Spinner size="tiny" label="Opening the sign-in page…" /> : null}
      </div>
      <Text as="p" className={styles.tenant}>
        You will sign in to <strong>{tenant}</strong> with your work account.
      </Text>
    </CenteredPage>
  );
}
