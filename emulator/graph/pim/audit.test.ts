import { describe, expect, it } from 'vitest';
import { ROLE_IDS as R } from '../../tenant/role-catalog.ts';
import { LIST_DIRECTORY_AUDITS_DOC_EXAMPLE } from './fixtures/directory-audits.doc.ts';
import { PERSONA_IDS } from './seed/personas.ts';
import { activationBody, callerFor, setup } from './test-support.ts';

const doc = LIST_DIRECTORY_AUDITS_DOC_EXAMPLE.value[0];
const keys = (o: object) => Object.keys(o).sort();

describe('audit entries (compared with directoryaudit-list.md, Example 2)', () => {
  const { domain } = setup('default', 0);
  const { adele } = PERSONA_IDS;
  const request = domain.submitRoleAssignmentRequest(
    callerFor('adele'),
    activationBody(R.exchangeAdministrator, adele, {
      ticketInfo: { ticketNumber: 'INC7', ticketSystem: 'ServiceNow' },
    }),
    'v1.0',
  );
  const entries = domain.state.directoryAudits.filter((a) => a.correlationId === request.id);

  it('have the properties of a directoryAudit with the same value types', () => {
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(keys(entry)).toEqual(keys(doc));
      for (const key of keys(doc) as (keyof typeof doc)[])
        expect(typeof entry[key], key).toBe(typeof doc[key]);
      for (const target of entry.targetResources ?? [])
        expect(keys(target)).toEqual(keys(doc.targetResources[0]));
      expect(keys(entry.initiatedBy ?? {})).toEqual(keys(doc.initiatedBy));
      for (const key of keys(entry.initiatedBy?.user ?? {}))
        expect(keys(doc.initiatedBy.user)).toContain(key);
    }
  });

  it('describe the activation as PIM logs it', () => {
    const [requested, completed] = entries;
    expect(requested).toMatchObject({
      activityDisplayName: 'Add member to role requested (PIM activation)',
      category: 'RoleManagement',
      loggedByService: 'PIM',
      result: 'success',
      operationType: 'Assign',
      initiatedBy: {
        user: {
          id: adele,
          displayName: 'Adele Vance',
          userPrincipalName: 'AdeleV@contoso.onmicrosoft.com',
        },
      },
      targetResources: [
        { id: R.exchangeAdministrator, type: 'Role', displayName: 'Exchange Administrator' },
        { id: request.id, type: 'Request' },
        { id: adele, type: 'User', displayName: 'Adele Vance' },
        { id: '/', type: 'Directory', displayName: 'Directory' },
      ],
    });
    expect(requested?.additionalDetails).toEqual(
      expect.arrayContaining([
        { key: 'RequestId', value: request.id },
        { key: 'Justification', value: 'Routine maintenance' },
        { key: 'TicketNumber', value: 'INC7' },
        { key: 'TicketSystem', value: 'ServiceNow' },
      ]),
    );
    expect(completed?.activityDisplayName).toBe('Add member to role completed (PIM activation)');
    expect(Date.parse(completed?.activityDateTime ?? '')).toBe(
      Date.parse(request.completedDateTime ?? ''),
    );
  });

  it('seeded history entries have the same shape', () => {
    const seeded = domain.state.directoryAudits[0];
    expect(keys(seeded ?? {})).toEqual(keys(doc));
    expect(seeded?.loggedByService).toBe('PIM');
  });
});
