import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { roleState, type MyRole } from '../../../domain/my-role.ts';
import { Countdown } from './countdown.tsx';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** `activating`: the page knows an activation was accepted but its instance is not listed yet. */
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "5 minutes ago", "2 hours ago", "yesterday": how long a request has waited. */
export function age(since: Date, now: Date): string {
  // Graph's clock may run ahead of ours: a request is never asked "in" the future.
  const minutes = Math.round(Math.min(0, since.getTime() - now.getTime()) / 60_000);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return relative.format(hours, 'hour');
  return relative.format(Math.round(hours / 24), 'day');
}

/** What the request is waiting for, in the words of the role's own state. */
export function requestLabel(role: MyRole): string {
  const scheduled = role.pending?.status.toLowerCase() === 'granted';
  if (role.pending?.extension === true)
    return scheduled ? 'Extension scheduled' : 'Extension pending approval';
  return scheduled ? 'Scheduled' : 'Pending approval';
}

export function StatusCell({
  role,
  activating,
  now,
}: {
  role: MyRole;
  activating: boolean;
  now: Date;
}) {
  const styles = useStyles();
  const state = activating && !role.active ? 'activating' : roleState(role);
  switch (state) {
    case 'active':
      return (
        <span className={styles.root}>
          <Badge appearance="filled" color="success">
            Active
          </Badge>
          {role.active?.endDateTime ? (
            <Countdown start={role.active.startDateTime} end={role.active.endDateTime} />
          ) : null}
        </span>
      );
    case 'assigned':
      return (
        <span className={styles.root}>
          <Badge appearance="tint" color="brand">
            Assigned
          </Badge>
          <Text size={200}>
            {role.active?.endDateTime
              ? `until ${dateTime.format(role.active.endDateTime)}`
              : 'permanent'}
          </Text>
          {role.pending?.extension === true ? (
            <Text size={200}>· {requestLabel(role).toLowerCase()}</Text>
          ) : null}
        </span>
      );
    case 'activating':
      return (
        <Badge appearance="tint" color="informative">
          Activating…
        </Badge>
      );
    case 'pending':
      return (
        <span className={styles.root}>
          <Badge appearance="tint" color="warning">
            Pending approval
          </Badge>
          {role.pending?.createdDateTime ? (
            <Text size={200}>requested {age(role.pending.createdDateTime, now)}</Text>
          ) : null}
        </span>
      );
    case 'scheduled':
      return (
        <span className={styles.root}>
          <Badge appearance="tint" color="informative">
            Scheduled
          </Badge>
          {role.pending?.startDateTime ? (
            <Text size={200}>starts {dateTime.format(role.pending.startDateTime)}</Text>
          ) : null}
        </span>
      );
    case 'eligible':
      return (
        <Badge appearance="outline" color="informative">
          Eligible
        </Badge>
      );
  }
}
