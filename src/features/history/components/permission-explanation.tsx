import {
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { isGraphError } from '../../../graph/graph-error.ts';
import { HISTORY_SCOPES } from '../api/history-scopes.ts';

const useStyles = makeStyles({
  card: { maxWidth: '46rem', padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalM },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

/** Roles Graph accepts for the tenant's PIM requests and audit log (the docs' RBAC notes). */
const READER_ROLES = [
  'Security Reader (least privileged for both the requests and the audit log)',
  'Global Reader',
  'Security Operator or Security Administrator',
  'Reports Reader (audit log only)',
];

export type AccessProblem = 'role' | 'consent';

/**
 * Which kind of "no" Graph said, from its error code: a missing directory role answers
 * `Authorization_RequestDenied`; a permission the tenant never consented to comes back from the
 * PIM service as `UnknownError` wrapping `PermissionScopeNotGranted`.
 */
export function accessProblemOf(error: unknown): AccessProblem | undefined {
  if (!isGraphError(error)) return undefined;
  if (error.innerCode === 'PermissionScopeNotGranted') return 'consent';
  if (error.code === 'Authorization_RequestDenied') return 'role';
  // Any other 403 without a step-up request: the signed-in user may not read this data.
  if (error.status === 403 && error.claims === undefined) return 'role';
  return undefined;
}

export function PermissionExplanation({ problem }: { problem: AccessProblem }) {
  const styles = useStyles();
  return (
    <Card className={styles.card} role="region" aria-labelledby="history-access-title">
      <Text
        as="h2"
        size={500}
        weight="semibold"
        className={styles.heading}
        id="history-access-title"
      >
        <LockClosedRegular aria-hidden />
        {problem === 'role'
          ? 'History is for people who may read the tenant’s PIM activity'
          : 'The portal is not yet allowed to read PIM history in this tenant'}
      </Text>
      {problem === 'role' ? (
        <>
          <Text as="p">
            This page lists everyone’s role and group requests and the PIM audit log. Your account
            does not hold a directory role that may read them. Any one of these is enough:
          </Text>
          <ul className={styles.list}>
            {READER_ROLES.map((role) => (
              <li key={role}>{role}</li>
            ))}
          </ul>
          <Text as="p">
            A Privileged Role Administrator or Global Administrator can assign the role to you, or
            make you eligible for it in PIM so that you activate it when you need it.
          </Text>
          <Text as="p">Your own requests and their outcome are on My roles.</Text>
        </>
      ) : (
        <>
          <Text as="p">
            Reading history needs these delegated Microsoft Graph permissions, which need an
            administrator’s consent for the organisation:
          </Text>
          <ul className={styles.list}>
            {HISTORY_SCOPES.map((scope) => (
              <li key={scope} className={styles.code}>
                {scope}
              </li>
            ))}
          </ul>
          <Text as="p">
            A Global Administrator or Privileged Role Administrator can grant admin consent to the
            portal’s app registration (Entra admin center, Enterprise applications, Permissions).
          </Text>
        </>
      )}
    </Card>
  );
}

/** Any other failure: said next to the content, with the code support can look up. */
export function HistoryErrorBar({ error, what }: { error: unknown; what: string }) {
  const code = isGraphError(error) ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{`Could not load ${what}.`}</MessageBarTitle>
        {message}
        {code ? ` (${code})` : ''}
      </MessageBarBody>
    </MessageBar>
  );
}
