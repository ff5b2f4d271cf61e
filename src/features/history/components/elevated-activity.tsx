import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { RequestActivity } from '../api/get-request-activity.ts';
import { DateText, utcText } from './date-text.tsx';

/** The requester's directory audit entries inside the activation window, oldest first. */
export function ElevatedActivity({ activity }: { activity: RequestActivity }) {
  const { windowAudit, window, windowComplete } = activity;
  if (!window) {
    return (
      <Text as="p">
        This request never made the requester active, so there is no elevation window to look in.
      </Text>
    );
  }
  const range = `${utcText(window.from)} – ${utcText(window.to)}`;
  if (windowAudit.length === 0) {
    return <Text as="p">{`No audit entries initiated by the requester between ${range}.`}</Text>;
  }
  return (
    <>
      <Text as="p" size={200}>
        {`Entries initiated by the requester between ${range}${windowComplete ? '' : ' (first 500 shown)'}.`}
      </Text>
      <Table aria-label="Audit entries in the activation window" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>When</TableHeaderCell>
            <TableHeaderCell>Activity</TableHeaderCell>
            <TableHeaderCell>Service</TableHeaderCell>
            <TableHeaderCell>Targets</TableHeaderCell>
            <TableHeaderCell>Result</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {windowAudit.map((entry, index) => (
            <TableRow key={entry.id ?? index}>
              <TableCell>
                <DateText value={entry.activityDateTime} />
              </TableCell>
              <TableCell>{entry.activityDisplayName}</TableCell>
              <TableCell>{entry.loggedByService}</TableCell>
              <TableCell>
                {(entry.targetResources ?? [])
                  .map((t) => t.displayName ?? t.userPrincipalName)
                  .filter(Boolean)
                  .join(', ')}
              </TableCell>
              <TableCell>{entry.result}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
