import type { KeyValue, TargetResource } from '@microsoft/microsoft-graph-types';
import { NO_MODIFIED_PROPERTIES, type AuditWriter } from '../audit.ts';
import type { Target } from '../context.ts';

/**
 * One seeded request's story: what its request entity, approval and audit entries share. The
 * audit entries' target resources and details are built on first use (`storyParts`), since
 * seeded audit entries stay compact until the audit log is read (audit-store.ts).
 */
export interface Story {
  id: string;
  target: Target;
  principalId: string;
  category: string;
  justification: string;
  ticket: string | null;
  startIso: string;
  endIso: string | null;
  startMsCache: number;
  writer: AuditWriter;
  /** Target resources and details of its audit entries, built when first needed. */
  parts: StoryParts | null;
}

export interface StoryParts {
  targets: TargetResource[];
  details: KeyValue[];
}

/** The target resources and details all audit entries of a story share (built once). */
export function storyParts(s: Story): StoryParts {
  if (s.parts) return s.parts;
  const [what, where] = s.writer.targets(s.target);
  const details: KeyValue[] = [
    { key: 'RequestId', value: s.id },
    { key: 'Justification', value: s.justification },
  ];
  if (s.ticket)
    details.push(
      { key: 'TicketNumber', value: s.ticket },
      { key: 'TicketSystem', value: 'ServiceNow' },
    );
  details.push({ key: 'StartTime', value: s.startIso });
  if (s.endIso !== null) details.push({ key: 'ExpirationTime', value: s.endIso });
  s.parts = {
    targets: [
      what,
      {
        id: s.id,
        displayName: null,
        type: 'Request',
        userPrincipalName: null,
        groupType: null,
        modifiedProperties: NO_MODIFIED_PROPERTIES,
      },
      s.writer.user(s.principalId),
      where,
    ],
    details,
  };
  return s.parts;
}
