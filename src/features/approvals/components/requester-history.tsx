import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useRequesterHistory, type PlaneHistory } from '../api/get-requester-history.ts';
import { historyAccessProblem } from '../domain/history-access.ts';
import type { Person, Plane } from '../domain/queue.ts';
import {
  actionLabel,
  outcomeOf,
  recentRequests,
  summarise,
  type PastRequest,
} from '../domain/requester-history.ts';
import { formatAge, formatDateTime } from './format.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  // The requester's own words, never interpreted as markup.
  justification: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** Shown per request; older ones are counted, not listed. */
const LIMIT = 8;
const PLANE_TITLE: Record<Plane, string> = {
  role: 'Directory role requests are hidden',
  group: 'Group requests are hidden',
};

function PastRequestItem({ request, now }: { request: PastRequest; now: Date }) {
  const styles = useStyles();
  const outcome = outcomeOf(request);
  return (
    <li className={styles.item}>
      <div className={styles.line}>
        <Text weight="semibold">{request.target}</Text>
        <Badge appearance="tint" color={outcome.tone} shape="rounded">
          {outcome.label}
        </Badge>
      </div>
      <Caption1 className={styles.muted}>
        {`${actionLabel(request.action)} · ${request.plane === 'role' ? 'Directory role' : 'Group'} · ${request.scope} · ${formatDateTime(request.createdAt)} (${formatAge(request.createdAt, now)})`}
      </Caption1>
      <Text className={styles.justification}>{request.justification || 'No justification'}</Text>
    </li>
  );
}

function PlaneProblem({ plane, history }: { plane: Plane; history: PlaneHistory }) {
  if (history.kind === 'ok') return null;
  const problem = historyAccessProblem(history.error, plane);
  return (
    <MessageBar intent={problem.kind === 'other' ? 'error' : 'info'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{PLANE_TITLE[plane]}</MessageBarTitle>
        {problem.text}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * The requester's recent activation requests on both planes, with outcome and justification:
 * context for the decision. Read when the panel opens; a plane the approver may not read says
 * why, and never keeps the other plane or the decision from showing.
 */
export function RequesterHistory(props: { requester: Person; excludeId: string; now: Date }) {
  const { requester, excludeId, now } = props;
  const styles = useStyles();
  const history = useRequesterHistory(requester.id);
  const title = `Recent requests by ${requester.displayName}`;

  let body;
  if (history.isPending) {
    body = <Spinner size="tiny" label="Loading earlier requests…" />;
  } else if (history.isError) {
    body = (
      <MessageBar intent="error">
        <MessageBarBody>
          Earlier requests could not be loaded: {history.error.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => void history.refetch()}>Try again</Button>
        </MessageBarActions>
      </MessageBar>
    );
  } else {
    const { role, group } = history.data;
    const read = [role, group].flatMap((plane) => (plane.kind === 'ok' ? plane.requests : []));
    const all = recentRequests(read, excludeId);
    const shown = all.slice(0, LIMIT);
    const more = all.length - shown.length;
    const blocked = role.kind === 'error' || group.kind === 'error';
    const bothBlocked = role.kind === 'error' && group.kind === 'error';
    const cut = [role, group].some((plane) => plane.kind === 'ok' && !plane.complete);
    body = (
      <>
        <PlaneProblem plane="role" history={role} />
        <PlaneProblem plane="group" history={group} />
        {blocked && (
          <Button
            appearance="secondary"
            size="small"
            onClick={() => void history.refetch()}
            disabled={history.isFetching}
          >
            Try again
          </Button>
        )}
        {bothBlocked ? null : shown.length === 0 ? (
          <Text>
            {blocked
              ? 'No earlier activation requests among those you may read.'
              : 'No earlier activation requests.'}
          </Text>
        ) : (
          <>
            <Text>{`Earlier requests: ${summarise(all)}.`}</Text>
            <ul className={styles.list}>
              {shown.map((request) => (
                <PastRequestItem key={request.id} request={request} now={now} />
              ))}
            </ul>
            {(more > 0 || cut) && (
              <Caption1 className={styles.muted}>
                {[
                  more > 0 ? `${String(more)} older requests are not listed.` : '',
                  cut ? 'A long history was read only in part.' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
              </Caption1>
            )}
          </>
        )}
      </>
    );
  }

  return (
    <section className={styles.root} aria-label={title}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      {body}
    </section>
  );
}
