import { describe, expect, it } from 'vitest';
import { ROLE_IDS as R } from '../../tenant/role-catalog.ts';
import { PERSONA_IDS } from './seed/personas.ts';
import { activationBody, callerFor, errorOf, minutes, setup } from './test-support.ts';

const adele = PERSONA_IDS.adele;

describe('policy validation', () => {
  const policyError = (rules: string[]) => ({
    status: 400,
    code: 'RoleAssignmentRequestPolicyValidationFailed',
    message: `The following policy rules failed: ${JSON.stringify(rules)}`,
  });

  it('EligibilityRule when the user is not eligible (Diego)', () => {
    const { domain } = setup();
    const diego = PERSONA_IDS.diego;
    expect(
      errorOf(() =>
        domain.submitRoleAssignmentRequest(
          callerFor('diego'),
          activationBody(R.globalReader, diego),
          'v1.0',
        ),
      ),
    ).toEqual(policyError(['EligibilityRule']));
  });

  it('ExpirationRule beyond the maximum duration (User Administrator: PT1H)', () => {
    const { domain } = setup();
    const body = activationBody(R.userAdministrator, adele, {
      scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT1H1M' } },
    });
    expect(
      errorOf(() => domain.submitRoleAssignmentRequest(callerFor('adele'), body, 'v1.0')),
    ).toEqual(policyError(['ExpirationRule']));
    const ok = domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      activationBody(R.userAdministrator, adele),
      'v1.0',
    );
    expect(ok.status).toBe('PendingProvisioning');
  });

  it('ExpirationRule when no expiration is given although one is required', () => {
    const { domain } = setup();
    const body = activationBody(R.globalReader, adele, {
      scheduleInfo: { expiration: { type: 'noExpiration' } },
    });
    expect(
      errorOf(() => domain.submitRoleAssignmentRequest(callerFor('adele'), body, 'v1.0')),
    ).toEqual(policyError(['ExpirationRule']));
  });

  it('JustificationRule, TicketingRule and MfaRule, together in one message', () => {
    const { domain } = setup();
    const ticketBody = activationBody(R.exchangeAdministrator, adele, { justification: '  ' });
    expect(
      errorOf(() => domain.submitRoleAssignmentRequest(callerFor('adele'), ticketBody, 'v1.0')),
    ).toEqual(policyError(['JustificationRule', 'TicketingRule']));
    const mfaBody = activationBody(R.sharePointAdministrator, adele, {
      justification: null,
      scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT9H' } },
    });
    expect(
      errorOf(() =>
        domain.submitRoleAssignmentRequest(callerFor('adele', { mfa: false }), mfaBody, 'v1.0'),
      ),
    ).toEqual(policyError(['ExpirationRule', 'JustificationRule', 'MfaRule']));
    const withTicket = activationBody(R.exchangeAdministrator, adele, {
      ticketInfo: { ticketNumber: 'INC0042', ticketSystem: 'ServiceNow' },
    });
    expect(
      domain.submitRoleAssignmentRequest(callerFor('adele'), withTicket, 'v1.0').ticketInfo,
    ).toEqual({ ticketNumber: 'INC0042', ticketSystem: 'ServiceNow' });
  });

  it('MfaRule passes when the token carries mfa in amr', () => {
    const { domain } = setup();
    const request = domain.submitRoleAssignmentRequest(
      callerFor('adele', { mfa: true }),
      activationBody(R.sharePointAdministrator, adele),
      'v1.0',
    );
    expect(request.status).toBe('PendingProvisioning');
  });

  it('asks for the authentication context c1 with the URL-encoded claims challenge', () => {
    const { domain } = setup();
    const body = activationBody(R.securityAdministrator, adele);
    expect(
      errorOf(() => domain.submitRoleAssignmentRequest(callerFor('adele'), body, 'v1.0')),
    ).toEqual({
      status: 400,
      code: 'RoleAssignmentRequestAcrsValidationFailed',
      message:
        '&claims=%7B%22access_token%22%3A%7B%22acrs%22%3A%7B%22essential%22%3Atrue%2C%20%22value%22%3A%22c1%22%7D%7D%7D',
    });
    const claims = decodeURIComponent(
      /claims=([^&\s"]+)/.exec(
        errorOf(() => domain.submitRoleAssignmentRequest(callerFor('adele'), body, 'v1.0')).message,
      )?.[1] ?? '',
    );
    expect(JSON.parse(claims)).toEqual({
      access_token: { acrs: { essential: true, value: 'c1' } },
    });
    expect(
      domain.submitRoleAssignmentRequest(callerFor('adele', { acrs: ['c1'] }), body, 'v1.0').status,
    ).toBe('PendingProvisioning');
  });

  it('RoleAssignmentExists when already active, PendingRoleAssignmentRequest while one is pending', () => {
    const { domain, clock } = setup();
    const first = domain.submitRoleAssignmentRequest(
      callerFor('adele'),
      activationBody(R.globalReader, adele),
      'v1.0',
    );
    expect(
      errorOf(() =>
        domain.submitRoleAssignmentRequest(
          callerFor('adele'),
          activationBody(R.globalReader, adele),
          'v1.0',
        ),
      ),
    ).toEqual({
      status: 400,
      code: 'PendingRoleAssignmentRequest',
      message: 'There is already an existing pending Role assignment request.',
    });
    clock.advance(minutes(1));
    domain.settle();
    expect(first.status).toBe('Provisioned');
    expect(
      errorOf(() =>
        domain.submitRoleAssignmentRequest(
          callerFor('adele'),
          activationBody(R.globalReader, adele),
          'v1.0',
        ),
      ),
    ).toEqual({
      status: 400,
      code: 'RoleAssignmentExists',
      message: 'The Role assignment already exists.',
    });
    // Teams Administrator is active in the seed.
    expect(
      errorOf(() =>
        domain.submitRoleAssignmentRequest(
          callerFor('adele'),
          activationBody(R.teamsAdministrator, adele),
          'v1.0',
        ),
      ).code,
    ).toBe('RoleAssignmentExists');
  });

  it('writes a failure audit entry naming the failed rules', () => {
    const { domain } = setup();
    errorOf(() =>
      domain.submitRoleAssignmentRequest(
        callerFor('adele'),
        activationBody(R.globalReader, adele, { justification: '' }),
        'v1.0',
      ),
    );
    const last = domain.state.directoryAudits.at(-1);
    expect(last).toMatchObject({
      activityDisplayName: 'Add member to role requested (PIM activation)',
      result: 'failure',
      resultReason: 'The following policy rules failed: ["JustificationRule"]',
      loggedByService: 'PIM',
      category: 'RoleManagement',
    });
  });
});
