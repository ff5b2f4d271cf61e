import { describe, expect, it } from 'vitest';
import { ROLE_IDS as R } from '../../tenant/role-catalog.ts';
import { PERSONA_IDS } from './seed/personas.ts';
import { T0, activationBody, callerFor, errorOf, hours, minutes, setup } from './test-support.ts';

const { adele, megan } = PERSONA_IDS;
const deactivation = (roleDefinitionId: string) => ({
  action: 'selfDeactivate',
  principalId: adele,
  roleDefinitionId,
  directoryScopeId: '/',
});
const activeOf = (domain: ReturnType<typeof setup>['domain'], roleId: string) =>
  domain.state.roleAssignmentScheduleInstances.filter(
    (i) => i.principalId === adele && i.roleDefinitionId === roleId,
  );

describe('selfDeactivate', () => {
  it('is refused within 5 minutes of activation with ActiveDurationTooShort', () => {
    const { domain, clock } = setup('default', 0);
    domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      activationBody(R.globalReader, adele),
      'v1.0',
    );
    clock.advance(minutes(5) - 1);
    expect(
      errorOf(() =>
        domain.submitRoleAssignmentRequest(
          callerFor('adele'),
          deactivation(R.globalReader),
          'v1.0',
        ),
      ),
    ).toEqual({
      status: 400,
      code: 'ActiveDurationTooShort',
      message: 'The Active duration is too short. Miniumum Required is 5 minutes.',
    });
    expect(activeOf(domain, R.globalReader)).toHaveLength(1);
  });

  it('after 5 minutes: Revoked, the instance removed, both audit entries written', () => {
    const { domain, clock } = setup('default', 0);
    domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      activationBody(R.globalReader, adele),
      'v1.0',
    );
    clock.advance(minutes(5));
    const request = domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      deactivation(R.globalReader),
      'v1.0',
    );
    expect(request).toMatchObject({
      status: 'Revoked',
      action: 'selfDeactivate',
      scheduleInfo: null,
    });
    expect(activeOf(domain, R.globalReader)).toHaveLength(0);
    const trail = domain.state.directoryAudits
      .filter((a) => a.correlationId === request.id)
      .map((a) => a.activityDisplayName);
    expect(trail).toEqual([
      'Remove member from role requested (PIM deactivate)',
      'Remove member from role completed (PIM deactivate)',
    ]);
    // The expiry scheduled for the removed activation does nothing later.
    clock.advance(hours(2));
    domain.settle();
    expect(domain.state.directoryAudits.at(-1)?.correlationId).toBe(request.id);
  });

  it('deactivates the seeded active Teams Administrator role (activated 30 minutes ago)', () => {
    const { domain } = setup();
    expect(
      domain.submitRoleAssignmentRequest(
        callerFor('adele'),
        deactivation(R.teamsAdministrator),
        'v1.0',
      ).status,
    ).toBe('Revoked');
  });

  it('answers RoleAssignmentDoesNotExist when nothing is active, including permanent assignments', () => {
    const { domain } = setup();
    const expected = {
      status: 400,
      code: 'RoleAssignmentDoesNotExist',
      message: 'The Role assignment does not exist.',
    };
    expect(
      errorOf(() =>
        domain.submitRoleAssignmentRequest(
          callerFor('adele'),
          deactivation(R.globalReader),
          'v1.0',
        ),
      ),
    ).toEqual(expected);
    expect(
      errorOf(() =>
        domain.submitRoleAssignmentRequest(
          callerFor('adele'),
          deactivation(R.directoryReaders),
          'v1.0',
        ),
      ),
    ).toEqual(expected);
  });
});

describe('selfExtend of an expiring assignment (Knowledge Administrator, approval required for extension)', () => {
  const extension = (end: Date) => ({
    action: 'selfExtend',
    principalId: adele,
    roleDefinitionId: R.knowledgeAdministrator,
    directoryScopeId: '/',
    justification: 'Still running the knowledge base migration',
    scheduleInfo: {
      startDateTime: T0.toISOString(),
      expiration: { type: 'afterDateTime', endDateTime: end.toISOString() },
    },
  });
  const assignment = (domain: ReturnType<typeof setup>['domain']) =>
    domain.state.roleAssignmentScheduleInstances.find(
      (i) => i.principalId === adele && i.roleDefinitionId === R.knowledgeAdministrator,
    );

  it('goes to Megan for approval and moves the end when approved', () => {
    const { domain } = setup();
    const newEnd = new Date(T0.getTime() + hours(24 * 90));
    const before = assignment(domain)?.endDateTime;
    const request = domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      extension(newEnd),
      'v1.0',
    );
    expect(request.status).toBe('PendingApproval');
    expect(domain.state.directoryAudits.at(-1)?.activityDisplayName).toBe(
      'Update member in PIM requested (extend)',
    );
    expect(assignment(domain)?.endDateTime).toBe(before);
    const stepId = domain.state.approvals.get(request.id ?? '')?.approval.steps?.[0]?.id ?? '';
    domain.decideApprovalStep(callerFor('megan'), request.id ?? '', stepId, {
      reviewResult: 'Approve',
      justification: 'Fine',
    });
    expect(request.status).toBe('Provisioned');
    expect(assignment(domain)?.endDateTime).toBe(newEnd.toISOString());
    expect(domain.state.directoryAudits.at(-1)?.activityDisplayName).toBe(
      'Update member in PIM approved by admin (extend/renew)',
    );
    expect(domain.state.directoryAudits.at(-1)?.initiatedBy?.user?.id).toBe(megan);
  });

  it('is refused for assignments far from their end, permanent ones, and ends that do not move later', () => {
    const { domain, clock } = setup();
    const far = new Date(T0.getTime() + hours(24 * 90));
    expect(
      errorOf(() =>
        domain.submitRoleAssignmentRequest(
          callerFor('adele'),
          { ...extension(far), roleDefinitionId: R.directoryReaders },
          'v1.0',
        ),
      ).code,
    ).toBe('RoleAssignmentDoesNotExist');
    expect(
      errorOf(() =>
        domain.submitRoleAssignmentRequest(
          callerFor('adele'),
          extension(new Date(T0.getTime() + hours(24))),
          'v1.0',
        ),
      ).message,
    ).toBe('The requested end must be later than the current end of the assignment.');
    clock.advance(-hours(24 * 30));
    expect(
      errorOf(() => domain.submitRoleAssignmentRequest(callerFor('adele'), extension(far), 'v1.0'))
        .message,
    ).toBe('Only assignments that expire within the next 14 days can be extended.');
  });

  it('the assignment expires at its end when not extended', () => {
    const { domain, clock } = setup();
    clock.advance(hours(24 * 10));
    domain.settle();
    expect(assignment(domain)).toBeUndefined();
    expect(
      domain.state.directoryAudits.some(
        (a) => a.activityDisplayName === 'Remove member from role in PIM completed (timebound)',
      ),
    ).toBe(true);
  });
});

describe('admin actions', () => {
  it('adminAssign needs an admin role; a Privileged Role Administrator can assign and remove', () => {
    const { domain } = setup();
    const body = {
      action: 'adminAssign',
      principalId: PERSONA_IDS.diego,
      roleDefinitionId: R.reportsReader,
      directoryScopeId: '/',
      justification: 'Quarterly reporting',
      scheduleInfo: {
        startDateTime: T0.toISOString(),
        expiration: { type: 'afterDuration', duration: 'P30D' },
      },
    };
    expect(
      errorOf(() => domain.submitRoleAssignmentRequest(callerFor('adele'), body, 'v1.0')),
    ).toEqual({
      status: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    });
    const admin = domain.state.users.find((u) => u.displayName === 'Allan Deyoung')?.id ?? '';
    expect(domain.submitRoleAssignmentRequest(callerFor(admin), body, 'v1.0').status).toBe(
      'Provisioned',
    );
    const instance = domain.state.roleAssignmentScheduleInstances.find(
      (i) => i.principalId === PERSONA_IDS.diego,
    );
    expect(instance).toMatchObject({
      assignmentType: 'Assigned',
      endDateTime: new Date(T0.getTime() + hours(24 * 30)).toISOString(),
    });
    const removal = domain.submitRoleAssignmentRequest(
      callerFor(admin),
      { ...body, action: 'adminRemove', scheduleInfo: undefined },
      'v1.0',
    );
    expect(removal.status).toBe('Revoked');
    expect(
      domain.state.roleAssignmentScheduleInstances.some((i) => i.principalId === PERSONA_IDS.diego),
    ).toBe(false);
  });
});
