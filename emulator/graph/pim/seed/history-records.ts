import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import type { Random } from '../../../tenant/prng.ts';
import { operationTypeOf, type Activity } from '../audit.ts';
import { iso, type DomainContext, type Target } from '../context.ts';
import { storyParts, type Story } from './history-story.ts';

/**
 * Builds the records of seeded history: one story per request (history-story.ts), the request
 * entity, its approval and its audit entries. Built as literals sharing constant parts, since
 * `large` makes 100,000 of them.
 */
const NO_TICKET = Object.freeze({ ticketNumber: null, ticketSystem: null });
const NO_EXPIRATION = Object.freeze({
  type: 'noExpiration' as const,
  endDateTime: null,
  duration: null,
});

export function createRecorder(ctx: DomainContext, random: Random) {
  const writer = ctx.audit;
  let made = 0;
  let madeRole = 0;

  const story = (
    target: Target,
    principalId: string,
    startMs: number,
    endMs: number | null,
    justification: string,
    ticket: string | null,
  ): Story => {
    const id = random.guid();
    return {
      id,
      target,
      principalId,
      category: target.plane === 'role' ? 'RoleManagement' : 'GroupManagement',
      justification,
      ticket,
      startIso: iso(startMs),
      endIso: endMs === null ? null : iso(endMs),
      startMsCache: startMs,
      writer,
      parts: null,
    };
  };
  const log = (
    s: Story,
    atMs: number,
    activity: Activity,
    initiatorId: string | null,
    result: 'success' | 'failure' = 'success',
    reason = '',
  ) => {
    if (result === 'success' && reason === '') {
      ctx.audits.seed(s, atMs, activity, writer.initiator(initiatorId));
      return;
    }
    const entry: DirectoryAudit = {
      id: ctx.auditId(s.id),
      category: s.category,
      correlationId: s.id,
      result,
      resultReason: reason,
      activityDisplayName: activity,
      activityDateTime: iso(atMs),
      loggedByService: 'PIM',
      operationType: operationTypeOf(activity),
      initiatedBy: writer.initiator(initiatorId),
      targetResources: storyParts(s).targets,
      additionalDetails: storyParts(s).details,
    };
    ctx.audits.append(entry);
  };
  const createdByCache = new Map<
    string,
    { application: null; device: null; user: { displayName: null; id: string } }
  >();
  const createdByOf = (userId: string) => {
    let hit = createdByCache.get(userId);
    if (!hit) {
      hit = { application: null, device: null, user: { displayName: null, id: userId } };
      createdByCache.set(userId, hit);
    }
    return hit;
  };
  // Built as literals (no spreads) and sharing constant parts: 100,000 of these must stay cheap.
  const request = (
    s: Story,
    action: string,
    status: string,
    createdMs: number,
    completedMs: number | null,
    createdBy: string,
    justification: string,
    ticket: string | null,
    approvalId: string | null,
  ) => {
    const createdDateTime = createdMs === s.startMsCache ? s.startIso : iso(createdMs);
    const completedDateTime =
      completedMs === null ? null : completedMs === createdMs ? createdDateTime : iso(completedMs);
    const scheduleInfo = {
      startDateTime: s.startIso,
      recurrence: null,
      expiration:
        s.endIso === null
          ? NO_EXPIRATION
          : { type: 'afterDateTime' as const, endDateTime: s.endIso, duration: null },
    };
    const ticketInfo = ticket ? { ticketNumber: ticket, ticketSystem: 'ServiceNow' } : NO_TICKET;
    const t = s.target;
    if (t.plane === 'role') {
      const entity = {
        id: s.id,
        status,
        createdDateTime,
        completedDateTime,
        approvalId,
        customData: null,
        createdBy: createdByOf(createdBy),
        action: action as 'selfActivate',
        isValidationOnly: false,
        justification,
        scheduleInfo,
        ticketInfo,
        principalId: s.principalId,
        roleDefinitionId: t.roleDefinitionId,
        directoryScopeId: t.directoryScopeId,
        appScopeId: t.appScopeId,
        targetScheduleId: s.id,
      };
      ctx.state.roleAssignmentScheduleRequests.push(entity);
      ctx.requestsById.set(s.id, entity);
      madeRole++;
    } else {
      const entity = {
        id: s.id,
        status,
        createdDateTime,
        completedDateTime,
        approvalId,
        customData: null,
        createdBy: createdByOf(createdBy),
        action: action as 'selfActivate',
        isValidationOnly: false,
        justification,
        scheduleInfo,
        ticketInfo,
        accessId: t.accessId,
        principalId: s.principalId,
        groupId: t.groupId,
        targetScheduleId: `${t.groupId}_${t.accessId}_${s.id}`,
      };
      ctx.state.groupAssignmentScheduleRequests.push(entity);
      ctx.requestsById.set(s.id, entity);
    }
    made++;
  };
  const approval = (
    s: Story,
    atMs: number,
    reviewerId: string | null,
    result: 'Approved' | 'Denied' | null,
    justification: string,
    stepStatus: string,
    approvers: readonly string[],
  ) => {
    const stepId = random.guid();
    // Past approvals keep their approvers, so approvers can list what they decided.
    ctx.approvers.set(`${s.id}/${stepId}`, approvers);
    ctx.state.approvals.set(s.id, {
      kind: s.target.plane,
      approval: {
        id: s.id,
        steps: [
          {
            id: stepId,
            displayName: null,
            status: stepStatus,
            reviewResult: result ?? 'NotReviewed',
            reviewedBy: reviewerId
              ? { id: reviewerId, displayName: ctx.usersById.get(reviewerId)?.displayName ?? null }
              : null,
            reviewedDateTime: result ? iso(atMs) : null,
            justification,
            assignedToMe: false,
          },
        ],
      },
    });
  };

  return {
    story,
    log,
    request,
    approval,
    /** How many requests have been recorded so far. */
    get made() {
      return made;
    },
    /** How many of them are directory role requests (the tenant-wide list). */
    get madeRole() {
      return madeRole;
    },
  };
}
