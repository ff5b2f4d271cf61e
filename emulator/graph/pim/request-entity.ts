import type { UnifiedRoleScheduleRequestActions } from '@microsoft/microsoft-graph-types';
import { iso, type RequestEntity } from './context.ts';
import type { ParsedRequest } from './request-body.ts';

/**
 * The request object Graph returns and stores, in the property order of the docs' examples
 * (rbacapplication-post-roleassignmentschedulerequests, privilegedaccessgroup-post-assignmentschedulerequests).
 */
export function buildRequestEntity(
  parsed: ParsedRequest,
  options: {
    id: string;
    status: string;
    createdMs: number;
    startMs: number;
    endMs: number | null;
    callerId: string;
    targetScheduleId: string | null;
  },
): RequestEntity {
  const s = parsed.schedule;
  const expirationType = s?.expirationType ?? 'notSpecified';
  const common = {
    id: options.id,
    status: options.status,
    createdDateTime: iso(options.createdMs),
    completedDateTime: null,
    approvalId: null,
    customData: parsed.customData,
    createdBy: {
      application: null,
      device: null,
      user: { displayName: null, id: options.callerId },
    },
    // Echoed as sent (`SelfActivate` from beta clients), as Graph does; the type lists camelCase.
    action: parsed.actionAsSent as UnifiedRoleScheduleRequestActions,
    isValidationOnly: parsed.isValidationOnly,
    justification: parsed.justification,
    scheduleInfo: s
      ? {
          startDateTime: iso(options.startMs),
          recurrence: null,
          expiration: {
            type: expirationType,
            endDateTime:
              expirationType === 'afterDateTime' && options.endMs !== null
                ? iso(options.endMs)
                : null,
            duration: expirationType === 'afterDuration' ? s.duration : null,
          },
        }
      : null,
    ticketInfo: { ticketNumber: parsed.ticketNumber, ticketSystem: parsed.ticketSystem },
  };
  if (parsed.target.plane === 'role') {
    return {
      ...common,
      principalId: parsed.principalId,
      roleDefinitionId: parsed.target.roleDefinitionId,
      directoryScopeId: parsed.target.directoryScopeId,
      appScopeId: parsed.target.appScopeId,
      targetScheduleId: options.targetScheduleId,
    };
  }
  return {
    ...common,
    accessId: parsed.target.accessId,
    principalId: parsed.principalId,
    groupId: parsed.target.groupId,
    targetScheduleId: options.targetScheduleId,
  };
}
