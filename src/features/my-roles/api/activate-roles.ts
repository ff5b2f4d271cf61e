import type {
  PrivilegedAccessGroupAssignmentScheduleRequest,
  UnifiedRoleAssignmentScheduleRequest,
} from '@microsoft/microsoft-graph-types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GraphClient } from '../../../graph/client.ts';
import { graph } from '../../../graph/default-client.ts';
import { pimKeys } from '../../../graph/query-keys.ts';
import { toIsoDuration } from '../../../domain/duration.ts';
import type { MyRole } from '../../../domain/my-role.ts';
import { stepUpClaims } from '../../../domain/policy.ts';
import { toOutcome, type RequestOutcome } from './request-outcome.ts';
import { MY_ROLES_SCOPES } from './my-roles-scopes.ts';
import { submitInBatch, type WriteItem } from './submit-in-batch.ts';

export interface ActivationForm {
  durationMinutes: number;
  justification: string;
  ticketNumber: string;
  ticketSystem: string;
  /** Undefined: start now. */
  startDateTime: Date | undefined;
}

export interface ActivationBatch {
  principalId: string;
  /** Each role with the duration it gets (the form's, capped at the role's own maximum). */
  roles: readonly { role: MyRole; durationMinutes: number }[];
  form: ActivationForm;
  now: Date;
}

/** The request body of a self-activation (rbacapplication-post-roleassignmentschedulerequests). */
export function activationBody(
  role: MyRole,
  principalId: string,
  durationMinutes: number,
  form: ActivationForm,
  now: Date,
): Record<string, unknown> {
  const justification = form.justification.trim();
  const ticketNumber = form.ticketNumber.trim();
  const ticketSystem = form.ticketSystem.trim();
  const common = {
    action: 'selfActivate',
    principalId,
    scheduleInfo: {
      startDateTime: (form.startDateTime ?? now).toISOString(),
      expiration: { type: 'afterDuration', duration: toIsoDuration(durationMinutes) },
    },
    ...(justification ? { justification } : {}),
    ...(ticketNumber || ticketSystem ? { ticketInfo: { ticketNumber, ticketSystem } } : {}),
  };
  const { target } = role;
  if (target.plane === 'group') {
    return { ...common, groupId: target.groupId, accessId: target.accessId };
  }
  return {
    ...common,
    roleDefinitionId: target.roleDefinitionId,
    ...(target.appScopeId
      ? { appScopeId: target.appScopeId }
      : { directoryScopeId: target.directoryScopeId }),
  };
}

export const requestsPath = (role: MyRole): string =>
  role.target.plane === 'group'
    ? '/identityGovernance/privilegedAccess/group/assignmentScheduleRequests'
    : '/roleManagement/directory/roleAssignmentScheduleRequests';

type RequestDto =
  UnifiedRoleAssignmentScheduleRequest | PrivilegedAccessGroupAssignmentScheduleRequest;

/** Submits every activation in one `$batch` (per claims set) and answers one outcome per role. */
export async function activateRoles(
  client: GraphClient,
  batch: ActivationBatch,
): Promise<RequestOutcome[]> {
  const items: WriteItem[] = batch.roles.map(({ role, durationMinutes }, index) => ({
    id: String(index + 1),
    method: 'POST',
    url: requestsPath(role),
    body: activationBody(role, batch.principalId, durationMinutes, batch.form, batch.now),
    claims: role.policy ? stepUpClaims(role.policy) : undefined,
  }));
  const results = await submitInBatch<RequestDto>(client, items, MY_ROLES_SCOPES);
  return batch.roles.map(({ role }, index) => toOutcome(role.key, results.get(String(index + 1))));
}

export function useActivateRoles(client: GraphClient = graph) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (batch: ActivationBatch) => activateRoles(client, batch),
    // Not awaited: each role's outcome shows as soon as PIM answers; the list refreshes after.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: pimKeys.mine() });
    },
  });
}
