import { describe, expect, it } from 'vitest';
import { ROLE_IDS as R } from '../../tenant/role-catalog.ts';
import { PERSONA_IDS } from './seed/personas.ts';
import {
  activationBody,
  callerFor,
  errorOf,
  hours,
  requestGlobalAdmin,
  setup,
} from './test-support.ts';

const { adele } = PERSONA_IDS;

describe('cancel', () => {
  it('cancels a PendingApproval request and closes its approval', () => {
    const { domain } = setup();
    const { request, steps, stepId } = requestGlobalAdmin(domain);
    domain.cancelRoleAssignmentRequest(callerFor('adele'), request.id ?? '');
    expect(request.status).toBe('Canceled');
    expect(steps[0]?.status).toBe('Completed');
    expect(domain.state.directoryAudits.at(-1)?.activityDisplayName).toBe(
      'Add member to role canceled (PIM activation)',
    );
    expect(
      errorOf(() => {
        domain.decideApprovalStep(callerFor('megan'), request.id ?? '', stepId, {
          reviewResult: 'Approve',
          justification: 'x',
        });
      }).status,
    ).toBe(409);
  });

  it('cancels a Granted (future) activation, which then never starts', () => {
    const { domain, clock } = setup('default', 0);
    const start = new Date(clock.nowMs() + hours(1)).toISOString();
    const request = domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      activationBody(R.globalReader, adele, {
        scheduleInfo: { startDateTime: start, expiration: { duration: 'PT1H' } },
      }),
      'v1.0',
    );
    expect(request.status).toBe('Granted');
    domain.cancelRoleAssignmentRequest(callerFor('adele'), request.id ?? '');
    clock.advance(hours(1));
    domain.settle();
    expect(request.status).toBe('Canceled');
    expect(
      domain.state.roleAssignmentScheduleInstances.some(
        (i) => i.principalId === adele && i.roleDefinitionId === R.globalReader,
      ),
    ).toBe(false);
  });

  it('refuses Provisioned requests (400), other people (403) and unknown ids (404)', () => {
    const { domain } = setup('default', 0);
    const request = domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      activationBody(R.globalReader, adele),
      'v1.0',
    );
    expect(
      errorOf(() => {
        domain.cancelRoleAssignmentRequest(callerFor('adele'), request.id ?? '');
      }),
    ).toEqual({
      status: 400,
      code: 'BadRequest',
      message: "The request cannot be canceled because its status is 'Provisioned'.",
    });
    const pending = requestGlobalAdmin(domain).request;
    expect(
      errorOf(() => {
        domain.cancelRoleAssignmentRequest(callerFor('megan'), pending.id ?? '');
      }).status,
    ).toBe(403);
    expect(
      errorOf(() => {
        domain.cancelRoleAssignmentRequest(callerFor('adele'), 'nope');
      }).status,
    ).toBe(404);
    expect(
      errorOf(() => {
        domain.cancelGroupAssignmentRequest(callerFor('adele'), pending.id ?? '');
      }).status,
    ).toBe(404);
  });
});
