import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator.ts';
import { ROLE_IDS } from '../../tenant/role-catalog.ts';
import { PERSONAS } from '../../tenant/personas.ts';
import * as DOC from './doc-examples.ts';
import { shapeMismatches } from './doc-shape.ts';
import { graphCaller, testEmulator } from './graph-caller.ts';

/**
 * The emulator (real identity and PIM halves) answers the documented requests with the shapes
 * of the docs' examples (doc-examples.ts names each page).
 */
const [ADELE, MEGAN, ALEX] = PERSONAS;
const PERMISSIONS = [
  'User.Read',
  'RoleManagement.ReadWrite.Directory',
  'RoleManagementPolicy.Read.Directory',
  'RoleManagementPolicy.Read.AzureADGroup',
  'PrivilegedAccess.ReadWrite.AzureADGroup',
  'AuditLog.Read.All',
  'Directory.Read.All',
];

let emulator: Emulator;
const call = graphCaller(() => emulator, PERMISSIONS, { mfa: true });

function upn(p: (typeof PERSONAS)[number] | undefined): string {
  if (!p) throw new Error('persona missing');
  return p.userPrincipalName;
}

beforeAll(async () => {
  emulator = await testEmulator();
});

describe('answers match the Graph docs examples', () => {
  it('roleEligibilityScheduleInstances (rbacapplication-list-roleeligibilityscheduleinstances)', async () => {
    const { status, body } = await call(
      upn(ALEX),
      '/v1.0/roleManagement/directory/roleEligibilityScheduleInstances',
    );
    expect(status).toBe(200);
    expect((body.value as unknown[]).length).toBeGreaterThan(0);
    expect(shapeMismatches(body, DOC.LIST_ROLE_ELIGIBILITY_SCHEDULE_INSTANCES)).toEqual([]);
  });

  it('roleAssignmentScheduleInstances/filterByCurrentUser (unifiedroleassignmentscheduleinstance-filterbycurrentuser)', async () => {
    const { body } = await call(
      upn(ALEX),
      "/v1.0/roleManagement/directory/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')",
    );
    expect((body.value as unknown[]).length).toBeGreaterThan(0);
    expect(shapeMismatches(body, DOC.ROLE_ASSIGNMENT_SCHEDULE_INSTANCES_FOR_CURRENT_USER)).toEqual(
      [],
    );
  });

  it('roleAssignmentScheduleRequests/filterByCurrentUser (unifiedroleassignmentschedulerequest-filterbycurrentuser)', async () => {
    const { body } = await call(
      upn(ADELE),
      "/v1.0/roleManagement/directory/roleAssignmentScheduleRequests/filterByCurrentUser(on='principal')",
    );
    expect((body.value as unknown[]).length).toBeGreaterThan(0);
    expect(shapeMismatches(body, DOC.ROLE_ASSIGNMENT_SCHEDULE_REQUESTS_FOR_CURRENT_USER)).toEqual(
      [],
    );
  });

  it('POST roleAssignmentScheduleRequests selfActivate (rbacapplication-post-roleassignmentschedulerequests)', async () => {
    const adele = ADELE?.id ?? '';
    const { status, body } = await call(
      upn(ADELE),
      '/v1.0/roleManagement/directory/roleAssignmentScheduleRequests',
      {
        method: 'POST',
        body: {
          action: 'selfActivate',
          principalId: adele,
          roleDefinitionId: ROLE_IDS.messageCenterReader,
          directoryScopeId: '/',
          justification: 'Read the service announcements',
          scheduleInfo: {
            startDateTime: '2026-03-02T10:00:00.000Z',
            expiration: { type: 'AfterDuration', duration: 'PT1H' },
          },
          ticketInfo: { ticketNumber: 'CONTOSO:Normal-67890', ticketSystem: 'MS Project' },
        },
      },
    );
    expect(status).toBe(201);
    expect(body.status).toBe('Granted');
    expect(shapeMismatches(body, DOC.POST_ROLE_ASSIGNMENT_SCHEDULE_REQUEST_SELF_ACTIVATE)).toEqual(
      [],
    );
  });

  it('policy assignments with policy($expand=rules) (policyroot-list-rolemanagementpolicyassignments)', async () => {
    const { body } = await call(
      upn(ADELE),
      `/v1.0/policies/roleManagementPolicyAssignments?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '${ROLE_IDS.globalAdministrator}'&$expand=policy($expand=rules)`,
    );
    const { policy: examplePolicy, ...exampleAssignment } = DOC.LIST_POLICY_ASSIGNMENTS_EXPAND_RULES
      .value[0] ?? { policy: { rules: [] } };
    const [assignment] = body.value as { policy: { rules: { id: string }[] } }[];
    expect(shapeMismatches(assignment, exampleAssignment)).toEqual([]);
    const { rules: exampleRules, ...policyProps } = examplePolicy;
    expect(shapeMismatches(assignment?.policy, policyProps)).toEqual([]);
    expect(assignment?.policy.rules).toHaveLength(17);
    for (const rule of exampleRules) {
      const actual = assignment?.policy.rules.find((r) => r.id === rule.id);
      expect(shapeMismatches(actual, rule), rule.id).toEqual([]);
    }
  });

  it('beta roleAssignmentApprovals/{id} (PIM approval how-to sample)', async () => {
    const pending = await call(
      upn(MEGAN),
      "/v1.0/roleManagement/directory/roleAssignmentScheduleRequests/filterByCurrentUser(on='approver')?$filter=status eq 'PendingApproval'",
    );
    const [request] = pending.body.value as { id: string }[];
    expect(request).toBeDefined();
    const { body } = await call(
      upn(MEGAN),
      `/beta/roleManagement/directory/roleAssignmentApprovals/${request?.id ?? ''}`,
    );
    expect(shapeMismatches(body, DOC.GET_ROLE_ASSIGNMENT_APPROVAL_BETA)).toEqual([]);
  });

  it('group assignmentApprovals/{id} (approval-get)', async () => {
    const pending = await call(
      upn(MEGAN),
      "/v1.0/identityGovernance/privilegedAccess/group/assignmentScheduleRequests/filterByCurrentUser(on='approver')?$filter=status eq 'PendingApproval'",
    );
    const [request] = pending.body.value as { id: string }[];
    expect(request).toBeDefined();
    const { body } = await call(
      upn(MEGAN),
      `/v1.0/identityGovernance/privilegedAccess/group/assignmentApprovals/${request?.id ?? ''}`,
    );
    expect(shapeMismatches(body, DOC.GET_GROUP_APPROVAL)).toEqual([]);
  });

  it('group eligibilityScheduleInstances/filterByCurrentUser (privilegedaccessgroupeligibilityscheduleinstance-filterbycurrentuser)', async () => {
    const { body } = await call(
      upn(ADELE),
      "/v1.0/identityGovernance/privilegedAccess/group/eligibilityScheduleInstances/filterByCurrentUser(on='principal')",
    );
    expect((body.value as unknown[]).length).toBeGreaterThan(0);
    expect(shapeMismatches(body, DOC.GROUP_ELIGIBILITY_INSTANCES_FOR_CURRENT_USER)).toEqual([]);
  });

  it('auditLogs/directoryAudits (directoryaudit-list)', async () => {
    const { status, body } = await call(
      upn(ALEX),
      "/v1.0/auditLogs/directoryAudits?$filter=loggedByService eq 'PIM'&$top=5",
    );
    expect(status).toBe(200);
    expect((body.value as unknown[]).length).toBe(5);
    expect(shapeMismatches(body, DOC.LIST_DIRECTORY_AUDITS)).toEqual([]);
  });
});
