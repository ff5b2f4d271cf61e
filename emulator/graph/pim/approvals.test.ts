import { describe, expect, it } from 'vitest';
import { ROLE_IDS as R } from '../../tenant/role-catalog.ts';
import { PERSONA_IDS } from './seed/personas.ts';
import {
  activationBody,
  callerFor,
  errorOf,
  hours,
  minutes,
  requestGlobalAdmin,
  setup,
} from './test-support.ts';

const { adele, megan } = PERSONA_IDS;
const lynneOf = (domain: ReturnType<typeof setup>['domain']) =>
  domain.state.users.find((u) => u.displayName === 'Lynne Robbins')?.id ?? '';

describe('approval-required activation', () => {
  it('waits in PendingApproval with one step for Megan', () => {
    const { domain } = setup();
    const { request, steps, stepId } = requestGlobalAdmin(domain);
    expect(request.status).toBe('PendingApproval');
    expect(request.approvalId).toBe(request.id);
    expect(steps).toEqual([
      {
        id: stepId,
        displayName: null,
        status: 'InProgress',
        reviewResult: 'NotReviewed',
        reviewedBy: null,
        reviewedDateTime: null,
        justification: '',
        assignedToMe: false,
      },
    ]);
    expect(domain.approverIds(request.id ?? '', stepId)).toEqual([megan]);
    expect(domain.isApprover(request.id ?? '', megan, true)).toBe(true);
    expect(domain.isApprover(request.id ?? '', adele)).toBe(false);
    const trail = domain.state.directoryAudits
      .filter((a) => a.correlationId === request.id)
      .map((a) => a.activityDisplayName);
    expect(trail).toEqual([
      'Add member to role requested (PIM activation)',
      'Add member to role approval requested (PIM activation)',
    ]);
  });

  it('approved by Megan: provisioned for the full duration from the approval', () => {
    const { domain, clock } = setup();
    const { request, steps, stepId } = requestGlobalAdmin(domain);
    clock.advance(minutes(30));
    domain.decideApprovalStep(callerFor('megan'), request.id ?? '', stepId, {
      reviewResult: 'Approve',
      justification: 'Change CHG-1 approved',
    });
    expect(steps[0]).toMatchObject({
      status: 'Completed',
      reviewResult: 'Approved',
      justification: 'Change CHG-1 approved',
      reviewedBy: { id: megan, displayName: 'Megan Bowen' },
    });
    expect(request.status).toBe('PendingProvisioning');
    clock.advance(2000);
    domain.settle();
    expect(request.status).toBe('Provisioned');
    const instance = domain.state.roleAssignmentScheduleInstances.find(
      (i) => i.principalId === adele && i.roleDefinitionId === R.globalAdministrator,
    );
    const approvedAt = Date.parse(steps[0]?.reviewedDateTime ?? '');
    expect(Date.parse(instance?.endDateTime ?? '') - approvedAt).toBe(hours(1));
    const approval = domain.state.directoryAudits.find(
      (a) =>
        a.correlationId === request.id &&
        a.activityDisplayName === 'Add member to role request approved (PIM activation)',
    );
    expect(approval?.initiatedBy?.user?.id).toBe(megan);
  });

  it('denied: Denied, nothing active, the denial audited with the approver', () => {
    const { domain } = setup();
    const { request, stepId } = requestGlobalAdmin(domain);
    domain.decideApprovalStep(callerFor('megan'), request.id ?? '', stepId, {
      reviewResult: 'deny',
      justification: 'Use Global Reader',
    });
    expect(request.status).toBe('Denied');
    expect(
      domain.state.roleAssignmentScheduleInstances.some(
        (i) => i.principalId === adele && i.roleDefinitionId === R.globalAdministrator,
      ),
    ).toBe(false);
    const denial = domain.state.directoryAudits.at(-1);
    expect(denial).toMatchObject({
      activityDisplayName: 'Add member to role request denied (PIM activation)',
      initiatedBy: { user: { id: megan } },
    });
  });

  it('answers 409 to a second decision, 403 to a non-approver, 404 to unknown ids, 400 without justification', () => {
    const { domain } = setup();
    const { request, stepId } = requestGlobalAdmin(domain);
    const id = request.id ?? '';
    expect(
      errorOf(() => {
        domain.decideApprovalStep(callerFor('alex'), id, stepId, {
          reviewResult: 'Approve',
          justification: 'x',
        });
      }),
    ).toMatchObject({ status: 403 });
    expect(
      errorOf(() => {
        domain.decideApprovalStep(callerFor('megan'), id, stepId, { reviewResult: 'Approve' });
      }),
    ).toEqual({
      status: 400,
      code: 'BadRequest',
      message: 'A justification is required to review this request.',
    });
    expect(
      errorOf(() => {
        domain.decideApprovalStep(callerFor('megan'), id, stepId, {
          reviewResult: 'Maybe',
          justification: 'x',
        });
      }),
    ).toMatchObject({ status: 400 });
    expect(
      errorOf(() => {
        domain.decideApprovalStep(
          callerFor('megan'),
          '7a1e0000-0000-4000-8000-000000000000',
          stepId,
          { reviewResult: 'Approve', justification: 'x' },
        );
      }),
    ).toMatchObject({ status: 404 });
    expect(
      errorOf(() => {
        domain.decideApprovalStep(callerFor('megan'), id, '7a1e0000-0000-4000-8000-000000000000', {
          reviewResult: 'Approve',
          justification: 'x',
        });
      }),
    ).toMatchObject({ status: 404 });
    domain.decideApprovalStep(callerFor('megan'), id, stepId, {
      reviewResult: 'Approve',
      justification: 'ok',
    });
    expect(
      errorOf(() => {
        domain.decideApprovalStep(callerFor('megan'), id, stepId, {
          reviewResult: 'Deny',
          justification: 'changed my mind',
        });
      }),
    ).toMatchObject({ status: 409, code: 'Conflict' });
  });

  it('an approver cannot approve their own request; another group member can', () => {
    const { domain, clock } = setup('default', 0);
    const request = domain.submitRoleAssignmentRequest(
      callerFor('megan'),
      activationBody(R.privilegedRoleAdministrator, megan),
      'v1.0',
    );
    const stepId = domain.state.approvals.get(request.id ?? '')?.approval.steps?.[0]?.id ?? '';
    const lynne = lynneOf(domain);
    expect([...domain.approverIds(request.id ?? '', stepId)].sort()).toEqual([megan, lynne].sort());
    expect(
      errorOf(() => {
        domain.decideApprovalStep(callerFor('megan'), request.id ?? '', stepId, {
          reviewResult: 'Approve',
          justification: 'me',
        });
      }),
    ).toEqual({
      status: 403,
      code: 'Forbidden',
      message: 'Approvers cannot approve their own requests.',
    });
    clock.advance(minutes(5));
    domain.decideApprovalStep(callerFor(lynne), request.id ?? '', stepId, {
      reviewResult: 'Approve',
      justification: 'ok',
    });
    expect(request.status).toBe('Provisioned');
  });

  it('times out after approvalStageTimeOutInDays: Denied, step Expired, audited', () => {
    const { domain, clock } = setup();
    const { request, steps } = requestGlobalAdmin(domain);
    clock.advance(hours(24) - 1);
    domain.settle();
    expect(request.status).toBe('PendingApproval');
    clock.advance(1);
    domain.settle();
    expect(request.status).toBe('Denied');
    expect(steps[0]?.status).toBe('Expired');
    expect(domain.state.directoryAudits.at(-1)).toMatchObject({
      activityDisplayName: 'PIM activation request expired',
      initiatedBy: { user: null },
    });
  });

  it('runs two serial stages (Megan, then PIM Approvers)', () => {
    const { domain } = setup('default', 0);
    const request = domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      activationBody(R.applicationAdministrator, adele),
      'v1.0',
    );
    const steps = domain.state.approvals.get(request.id ?? '')?.approval.steps ?? [];
    expect(steps.map((s) => s.status)).toEqual(['InProgress', 'Initializing']);
    const second = steps[1]?.id ?? '';
    expect(
      errorOf(() => {
        domain.decideApprovalStep(callerFor(lynneOf(domain)), request.id ?? '', second, {
          reviewResult: 'Approve',
          justification: 'x',
        });
      }).status,
    ).toBe(409);
    domain.decideApprovalStep(callerFor('megan'), request.id ?? '', steps[0]?.id ?? '', {
      reviewResult: 'Approve',
      justification: 'stage 1',
    });
    expect(steps.map((s) => s.status)).toEqual(['Completed', 'InProgress']);
    expect(request.status).toBe('PendingApproval');
    domain.decideApprovalStep(callerFor(lynneOf(domain)), request.id ?? '', second, {
      reviewResult: 'Approve',
      justification: 'stage 2',
    });
    expect(request.status).toBe('Provisioned');
  });
});
