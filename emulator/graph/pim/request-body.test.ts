import { describe, expect, it } from 'vitest';
import { ROLE_IDS as R } from '../../tenant/role-catalog.ts';
import { PERSONA_IDS } from './seed/personas.ts';
import { activationBody, callerFor, errorOf, setup } from './test-support.ts';

const adele = PERSONA_IDS.adele;

describe('malformed bodies', () => {
  const cases: [string, unknown, string][] = [
    ['no body', null, 'Empty Payload. JSON content expected.'],
    [
      'no action',
      { ...activationBody(R.globalReader, adele), action: undefined },
      "The request is missing the required property 'action'.",
    ],
    [
      'unknown action',
      { ...activationBody(R.globalReader, adele), action: 'selfDestruct' },
      "Requested value 'selfDestruct' was not found in 'microsoft.graph.unifiedRoleScheduleRequestActions'.",
    ],
    [
      'principal not a GUID',
      { ...activationBody(R.globalReader, adele), principalId: 'adele' },
      "Invalid value 'adele' for property 'principalId': a GUID is expected.",
    ],
    [
      'no scope',
      { ...activationBody(R.globalReader, adele), directoryScopeId: null },
      "Either 'directoryScopeId' or 'appScopeId' must be provided.",
    ],
    [
      'no scheduleInfo',
      { ...activationBody(R.globalReader, adele), scheduleInfo: undefined },
      "The request is missing the required property 'scheduleInfo'.",
    ],
    [
      'bad duration',
      activationBody(R.globalReader, adele, {
        scheduleInfo: { expiration: { type: 'afterDuration', duration: '1 hour' } },
      }),
      "The duration '1 hour' is not a valid positive ISO 8601 duration.",
    ],
    [
      'bad expiration type',
      activationBody(R.globalReader, adele, { scheduleInfo: { expiration: { type: 'whenever' } } }),
      `Requested value '"whenever"' was not found in 'microsoft.graph.expirationPatternType'.`,
    ],
    [
      'bad start',
      activationBody(R.globalReader, adele, {
        scheduleInfo: { startDateTime: 'tomorrow', expiration: { duration: 'PT1H' } },
      }),
      "Cannot convert the literal 'tomorrow' to the expected type 'Edm.DateTimeOffset' for 'scheduleInfo.startDateTime'.",
    ],
    [
      'unknown role',
      activationBody('00000000-0000-0000-0000-000000000001', adele),
      "The role definition '00000000-0000-0000-0000-000000000001' does not exist.",
    ],
  ];
  it.each(cases)('%s → 400 BadRequest', (_, body, message) => {
    const { domain } = setup();
    expect(
      errorOf(() => domain.submitRoleAssignmentRequest(callerFor('adele'), body, 'v1.0')),
    ).toEqual({ status: 400, code: 'BadRequest', message });
  });

  it('self actions for someone else are refused', () => {
    const { domain } = setup();
    expect(
      errorOf(() =>
        domain.submitRoleAssignmentRequest(
          callerFor('megan'),
          activationBody(R.globalReader, adele),
          'v1.0',
        ),
      ),
    ).toMatchObject({ status: 403, code: 'Forbidden' });
  });
});
