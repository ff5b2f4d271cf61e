import { describe, expect, it } from 'vitest';
import { ROLE_IDS as R } from '../../tenant/role-catalog.ts';
import { SCOPES } from '../../tenant/population.ts';
import { PERSONA_IDS } from './seed/personas.ts';
import { T0, activationBody, callerFor, errorOf, hours, setup } from './test-support.ts';

const adele = PERSONA_IDS.adele;
const activeFor = (domain: ReturnType<typeof setup>['domain'], roleId: string, scope = '/') =>
  domain.state.roleAssignmentScheduleInstances.filter(
    (i) => i.principalId === adele && i.roleDefinitionId === roleId && i.directoryScopeId === scope,
  );

describe('selfActivate of a directory role', () => {
  it('is PendingProvisioning, then Provisioned with an Activated instance after the delay', () => {
    const { domain, clock } = setup();
    const request = domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      activationBody(R.globalReader, adele),
      'v1.0',
    );
    expect(request).toMatchObject({
      status: 'PendingProvisioning',
      action: 'selfActivate',
      principalId: adele,
      roleDefinitionId: R.globalReader,
      directoryScopeId: '/',
      targetScheduleId: request.id,
      createdBy: { user: { id: adele } },
      scheduleInfo: {
        startDateTime: T0.toISOString(),
        expiration: { type: 'afterDuration', duration: 'PT1H', endDateTime: null },
      },
    });
    expect(activeFor(domain, R.globalReader)).toHaveLength(0);

    clock.advance(2000);
    domain.settle();
    expect(request.status).toBe('Provisioned');
    expect(request.completedDateTime).toBe(new Date(T0.getTime() + 2000).toISOString());
    const [instance] = activeFor(domain, R.globalReader);
    expect(instance).toMatchObject({
      assignmentType: 'Activated',
      memberType: 'Direct',
      startDateTime: T0.toISOString(),
      endDateTime: new Date(T0.getTime() + hours(1)).toISOString(),
      roleAssignmentScheduleId: request.id,
    });
    const eligibility = domain.state.roleEligibilityScheduleInstances.find(
      (e) => e.principalId === adele && e.roleDefinitionId === R.globalReader,
    );
    expect(domain.activatedUsing(instance?.id ?? '')?.instanceId).toBe(eligibility?.id);
    expect(domain.activatedUsing(request.id ?? '')?.scheduleId).toBe(
      eligibility?.roleEligibilityScheduleId,
    );
    expect(domain.state.roleAssignmentSchedules.find((s) => s.id === request.id)).toMatchObject({
      assignmentType: 'Activated',
      status: 'Provisioned',
    });
  });

  it('expires at its end: the instance disappears and the expiry is audited', () => {
    const { domain, clock } = setup('default', 0);
    const request = domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      activationBody(R.globalReader, adele),
      'v1.0',
    );
    expect(request.status).toBe('Provisioned');
    expect(activeFor(domain, R.globalReader)).toHaveLength(1);
    clock.advance(hours(1) - 1);
    domain.settle();
    expect(activeFor(domain, R.globalReader)).toHaveLength(1);
    clock.advance(1);
    domain.settle();
    expect(activeFor(domain, R.globalReader)).toHaveLength(0);
    const trail = domain.state.directoryAudits
      .filter((a) => a.correlationId === request.id)
      .map((a) => a.activityDisplayName);
    expect(trail).toEqual([
      'Add member to role requested (PIM activation)',
      'Add member to role completed (PIM activation)',
      'Remove member from role (PIM activation expired)',
    ]);
  });

  it('with a future start is Granted and becomes active at the start', () => {
    const { domain, clock } = setup('default', 0);
    const start = new Date(T0.getTime() + hours(2)).toISOString();
    const request = domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      activationBody(R.globalReader, adele, {
        scheduleInfo: {
          startDateTime: start,
          expiration: { type: 'AfterDuration', duration: 'PT1H' },
        },
      }),
      'v1.0',
    );
    expect(request.status).toBe('Granted');
    expect(request.completedDateTime).toBe(start);
    expect(request.scheduleInfo?.expiration?.type).toBe('afterDuration');
    clock.advance(hours(2) - 1000);
    domain.settle();
    expect(activeFor(domain, R.globalReader)).toHaveLength(0);
    clock.advance(1000);
    domain.settle();
    expect(request.status).toBe('Provisioned');
    expect(activeFor(domain, R.globalReader)[0]?.startDateTime).toBe(start);
  });

  it('accepts the beta spelling of the action and echoes it', () => {
    const { domain } = setup();
    const request = domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      activationBody(R.globalReader, adele, { action: 'SelfActivate' }),
      'beta',
    );
    expect(request.action).toBe('SelfActivate');
  });

  it('works at administrative-unit and application scopes', () => {
    const { domain } = setup('default', 0);
    const au = SCOPES[1].id;
    const app = SCOPES[4].id;
    domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      activationBody(R.helpdeskAdministrator, adele, { directoryScopeId: au }),
      'v1.0',
    );
    domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      activationBody(R.cloudApplicationAdministrator, adele, { directoryScopeId: app }),
      'v1.0',
    );
    expect(activeFor(domain, R.helpdeskAdministrator, au)).toHaveLength(1);
    expect(activeFor(domain, R.cloudApplicationAdministrator, app)).toHaveLength(1);
    // The same role at the tenant scope is not an eligibility Adele holds.
    expect(
      errorOf(() =>
        domain.submitRoleAssignmentRequest(
          callerFor('adele'),
          activationBody(R.helpdeskAdministrator, adele),
          'v1.0',
        ),
      ).message,
    ).toBe('The following policy rules failed: ["EligibilityRule"]');
  });

  it('with isValidationOnly checks the policy but stores nothing', () => {
    const { domain } = setup();
    const before = domain.state.roleAssignmentScheduleRequests.length;
    const request = domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      activationBody(R.globalReader, adele, { isValidationOnly: true }),
      'v1.0',
    );
    expect(request.isValidationOnly).toBe(true);
    expect(domain.state.roleAssignmentScheduleRequests).toHaveLength(before);
    expect(activeFor(domain, R.globalReader)).toHaveLength(0);
  });
});
