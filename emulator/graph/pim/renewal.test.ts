import { describe, expect, it } from 'vitest';
import { ROLE_IDS as R } from '../../tenant/role-catalog.ts';
import { PERSONA_IDS } from './seed/personas.ts';
import { callerFor, errorOf, hours, setup } from './test-support.ts';

const { adele } = PERSONA_IDS;
const DAY = hours(24);
const renewal = (startMs: number, endMs: number) => ({
  action: 'selfRenew',
  principalId: adele,
  roleDefinitionId: R.knowledgeAdministrator,
  directoryScopeId: '/',
  justification: 'The migration project was extended',
  scheduleInfo: {
    startDateTime: new Date(startMs).toISOString(),
    expiration: { type: 'afterDateTime', endDateTime: new Date(endMs).toISOString() },
  },
});
const knowledgeAdmin = (domain: ReturnType<typeof setup>['domain']) =>
  domain.state.roleAssignmentScheduleInstances.find(
    (i) => i.principalId === adele && i.roleDefinitionId === R.knowledgeAdministrator,
  );

describe('selfRenew of an expired assignment (Knowledge Administrator)', () => {
  it('is refused while the assignment is still active', () => {
    const { domain, clock } = setup();
    const now = clock.nowMs();
    expect(
      errorOf(() =>
        domain.submitRoleAssignmentRequest(
          callerFor('adele'),
          renewal(now, now + 90 * DAY),
          'v1.0',
        ),
      ).message,
    ).toBe('The assignment has not expired yet: extend it instead of renewing it.');
  });

  it('after expiry goes to Megan and, once approved, assigns the role again', () => {
    const { domain, clock } = setup();
    clock.advance(11 * DAY);
    domain.settle();
    expect(knowledgeAdmin(domain)).toBeUndefined();
    const now = clock.nowMs();
    const request = domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      renewal(now, now + 90 * DAY),
      'v1.0',
    );
    expect(request.status).toBe('PendingApproval');
    expect(domain.state.directoryAudits.at(-1)?.activityDisplayName).toBe(
      'Add member to role in PIM requested (renew)',
    );
    const stepId = domain.state.approvals.get(request.id ?? '')?.approval.steps?.[0]?.id ?? '';
    domain.decideApprovalStep(callerFor('megan'), request.id ?? '', stepId, {
      reviewResult: 'Approve',
      justification: 'ok',
    });
    expect(request.status).toBe('Provisioned');
    expect(knowledgeAdmin(domain)).toMatchObject({
      assignmentType: 'Assigned',
      startDateTime: new Date(now).toISOString(),
      endDateTime: new Date(now + 90 * DAY).toISOString(),
    });
  });

  it('is refused when nothing expired recently, and can be canceled while pending', () => {
    const { domain, clock } = setup();
    const now = clock.nowMs();
    const other = { ...renewal(now, now + DAY), roleDefinitionId: R.globalReader };
    expect(
      errorOf(() => domain.submitRoleAssignmentRequest(callerFor('adele'), other, 'v1.0')).code,
    ).toBe('RoleAssignmentDoesNotExist');
    clock.advance(11 * DAY);
    domain.settle();
    const later = clock.nowMs();
    const request = domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      renewal(later, later + DAY),
      'v1.0',
    );
    domain.cancelRoleAssignmentRequest(callerFor('adele'), request.id ?? '');
    expect(request.status).toBe('Canceled');
    expect(domain.state.directoryAudits.at(-1)?.activityDisplayName).toBe(
      'Add member to role in PIM canceled (renew)',
    );
    clock.advance(31 * DAY);
    expect(
      errorOf(() =>
        domain.submitRoleAssignmentRequest(
          callerFor('adele'),
          renewal(clock.nowMs(), clock.nowMs() + DAY),
          'v1.0',
        ),
      ).code,
    ).toBe('RoleAssignmentDoesNotExist');
  });
});
