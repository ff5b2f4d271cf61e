import { describe, expect, it } from 'vitest';
import { GROUP_IDS as G } from '../../tenant/population.ts';
import { PERSONA_IDS } from './seed/personas.ts';
import { T0, callerFor, errorOf, minutes, setup } from './test-support.ts';

const { adele, megan } = PERSONA_IDS;
const body = (groupId: string, accessId: string, changes: Record<string, unknown> = {}) => ({
  accessId,
  principalId: adele,
  groupId,
  action: 'selfActivate',
  justification: 'Month-end close',
  scheduleInfo: {
    startDateTime: T0.toISOString(),
    expiration: { type: 'afterDuration', duration: 'PT2H' },
  },
  ...changes,
});
const activeIn = (domain: ReturnType<typeof setup>['domain'], groupId: string, accessId: string) =>
  domain.state.groupAssignmentScheduleInstances.filter(
    (i) => i.principalId === adele && i.groupId === groupId && i.accessId === accessId,
  );

describe('PIM for Groups', () => {
  it('activates a membership: group instance and schedule ids as Graph forms them', () => {
    const { domain, clock } = setup();
    const request = domain.submitGroupAssignmentRequest(
      callerFor('adele'),
      body(G.financeAdmins, 'member'),
      'v1.0',
    );
    expect(request).toMatchObject({
      status: 'PendingProvisioning',
      accessId: 'member',
      groupId: G.financeAdmins,
      principalId: adele,
      targetScheduleId: `${G.financeAdmins}_member_${request.id ?? ''}`,
    });
    clock.advance(2000);
    domain.settle();
    const [instance] = activeIn(domain, G.financeAdmins, 'member');
    expect(instance).toMatchObject({
      assignmentType: 'activated',
      memberType: 'direct',
      assignmentScheduleId: request.targetScheduleId,
    });
    expect(instance?.id?.startsWith(`${G.financeAdmins}_member_`)).toBe(true);
    expect(domain.state.directoryAudits.at(-1)).toMatchObject({
      category: 'GroupManagement',
      activityDisplayName: 'Add member to role completed (PIM activation)',
      targetResources: [
        { type: 'Role', displayName: 'Member' },
        { type: 'Request' },
        { type: 'User', id: adele },
        { type: 'Group', displayName: 'Finance Admins' },
      ],
    });
  });

  it('applies the owner policy (MFA) separately from the member policy', () => {
    const { domain } = setup();
    expect(
      errorOf(() =>
        domain.submitGroupAssignmentRequest(
          callerFor('adele', { mfa: false }),
          body(G.financeAdmins, 'owner'),
          'v1.0',
        ),
      ).message,
    ).toBe('The following policy rules failed: ["MfaRule"]');
    expect(
      domain.submitGroupAssignmentRequest(
        callerFor('adele', { mfa: false }),
        body(G.financeAdmins, 'member'),
        'v1.0',
      ).status,
    ).toBe('PendingProvisioning');
  });

  it('asks for authentication context and a ticket on Azure Subscription Owners', () => {
    const { domain } = setup();
    expect(
      errorOf(() =>
        domain.submitGroupAssignmentRequest(
          callerFor('adele'),
          body(G.subscriptionOwners, 'member'),
          'v1.0',
        ),
      ).message,
    ).toBe('The following policy rules failed: ["TicketingRule"]');
    const withTicket = body(G.subscriptionOwners, 'member', {
      ticketInfo: { ticketNumber: 'CHG77', ticketSystem: 'ServiceNow' },
    });
    expect(
      errorOf(() => domain.submitGroupAssignmentRequest(callerFor('adele'), withTicket, 'v1.0'))
        .code,
    ).toBe('RoleAssignmentRequestAcrsValidationFailed');
    expect(
      domain.submitGroupAssignmentRequest(callerFor('adele', { acrs: ['c1'] }), withTicket, 'v1.0')
        .status,
    ).toBe('PendingProvisioning');
  });

  it('approval for Helpdesk Tier 2 membership goes to Megan; approving provisions it', () => {
    const { domain } = setup('default', 0);
    const request = domain.submitGroupAssignmentRequest(
      callerFor('adele'),
      body(G.helpdeskTier2, 'member'),
      'v1.0',
    );
    expect(request.status).toBe('PendingApproval');
    const entry = domain.state.approvals.get(request.id ?? '');
    expect(entry?.kind).toBe('group');
    const stageId = entry?.approval.steps?.[0]?.id ?? '';
    expect(domain.approverIds(request.id ?? '', stageId)).toEqual([megan]);
    domain.decideApprovalStep(callerFor('megan'), request.id ?? '', stageId, {
      reviewResult: 'Approve',
      justification: 'ok',
    });
    expect(request.status).toBe('Provisioned');
    expect(activeIn(domain, G.helpdeskTier2, 'member')).toHaveLength(1);
  });

  it('deactivates after 5 minutes, and refuses selfExtend', () => {
    const { domain, clock } = setup('default', 0);
    domain.submitGroupAssignmentRequest(
      callerFor('adele'),
      body(G.payrollDataAccess, 'member', {
        justification: null,
        scheduleInfo: { expiration: { duration: 'PT1H' } },
      }),
      'v1.0',
    );
    const deactivate = {
      accessId: 'member',
      principalId: adele,
      groupId: G.payrollDataAccess,
      action: 'selfDeactivate',
    };
    expect(
      errorOf(() => domain.submitGroupAssignmentRequest(callerFor('adele'), deactivate, 'v1.0'))
        .code,
    ).toBe('ActiveDurationTooShort');
    clock.advance(minutes(6));
    expect(domain.submitGroupAssignmentRequest(callerFor('adele'), deactivate, 'v1.0').status).toBe(
      'Revoked',
    );
    expect(activeIn(domain, G.payrollDataAccess, 'member')).toHaveLength(0);
    expect(
      errorOf(() =>
        domain.submitGroupAssignmentRequest(
          callerFor('adele'),
          body(G.payrollDataAccess, 'member', { action: 'selfExtend' }),
          'v1.0',
        ),
      ),
    ).toEqual({
      status: 400,
      code: 'BadRequest',
      message: "The action 'selfExtend' is not supported for PIM for Groups.",
    });
  });

  it('validates the group body', () => {
    const { domain } = setup();
    expect(
      errorOf(() =>
        domain.submitGroupAssignmentRequest(
          callerFor('adele'),
          body(G.financeAdmins, 'admin'),
          'v1.0',
        ),
      ).message,
    ).toBe(
      "Requested value 'admin' was not found in 'microsoft.graph.privilegedAccessGroupRelationships'.",
    );
    expect(
      errorOf(() =>
        domain.submitGroupAssignmentRequest(
          callerFor('adele'),
          body('0f000000-0000-4000-8000-000000000000', 'member'),
          'v1.0',
        ),
      ).status,
    ).toBe(404);
    expect(
      errorOf(() =>
        domain.submitGroupAssignmentRequest(
          callerFor('adele'),
          body(G.securityOperations, 'member'),
          'v1.0',
        ),
      ).message,
    ).toBe('The following policy rules failed: ["EligibilityRule"]');
  });

  it('cancels a pending group request', () => {
    const { domain } = setup();
    const request = domain.submitGroupAssignmentRequest(
      callerFor('adele'),
      body(G.helpdeskTier2, 'member'),
      'v1.0',
    );
    domain.cancelGroupAssignmentRequest(callerFor('adele'), request.id ?? '');
    expect(request.status).toBe('Canceled');
    expect(
      errorOf(() => {
        domain.cancelRoleAssignmentRequest(callerFor('adele'), request.id ?? '');
      }).status,
    ).toBe(404);
  });
});
