import { describe, expect, it, vi } from 'vitest';
import { isGraphError } from '../../../graph/graph-error.ts';
import {
  eligibility,
  FINANCE,
  GLOBAL_READER,
  groupEligibility,
  policyAssignment,
} from './fixtures.ts';
import { getMyRoles, type FirstPages } from './get-my-roles.ts';
import { createBatchGraph, graphFailure } from '../../../graph/testing/fake-batch-graph.ts';

// The app's client reads the browser's location; these tests pass their own client.
vi.mock('../../../graph/default-client.ts', () => ({ graph: {} }));

describe('getMyRoles', () => {
  it('asks for everything in one $batch with the documented URLs', async () => {
    const { client, batches } = createBatchGraph((item) => {
      if (item.url.includes('roleEligibilityScheduleInstances')) {
        return { status: 200, body: { value: [eligibility(GLOBAL_READER, 'Global Reader')] } };
      }
      if (item.url.startsWith('/policies/')) {
        return {
          status: 200,
          body: { value: [policyAssignment(GLOBAL_READER, { max: 'PT2H', enabled: [] })] },
        };
      }
      return { status: 200, body: { value: [] } };
    });
    const roles = await getMyRoles(client);
    expect(batches).toHaveLength(1);
    const urls = (batches[0] ?? []).map((item) => decodeURIComponent(item.url));
    expect(urls).toEqual([
      "/roleManagement/directory/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')?$expand=roleDefinition,directoryScope",
      "/roleManagement/directory/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')?$expand=roleDefinition,directoryScope",
      "/identityGovernance/privilegedAccess/group/eligibilityScheduleInstances/filterByCurrentUser(on='principal')?$expand=group",
      "/identityGovernance/privilegedAccess/group/assignmentScheduleInstances/filterByCurrentUser(on='principal')?$expand=group",
      "/roleManagement/directory/roleAssignmentScheduleRequests/filterByCurrentUser(on='principal')?$filter=status eq 'PendingApproval' or status eq 'Granted' or status eq 'PendingProvisioning'",
      "/identityGovernance/privilegedAccess/group/assignmentScheduleRequests/filterByCurrentUser(on='principal')?$filter=status eq 'PendingApproval' or status eq 'Granted' or status eq 'PendingProvisioning'",
      "/policies/roleManagementPolicyAssignments?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole'&$expand=policy($expand=rules)",
    ]);
    expect(roles).toHaveLength(1);
    expect(roles[0]?.policy?.maximumMinutes).toBe(120);
  });

  it('follows a next link of one item', async () => {
    const { client, server } = createBatchGraph((item) =>
      item.url.includes('roleEligibilityScheduleInstances')
        ? {
            status: 200,
            body: {
              value: [],
              '@odata.nextLink': `${server.baseUrl}/v1.0/roleManagement/directory/next-page`,
            },
          }
        : { status: 200, body: { value: [] } },
    );
    server.on('GET', '/v1.0/roleManagement/directory/next-page', () =>
      Response.json({ value: [eligibility(GLOBAL_READER, 'Global Reader')] }),
    );
    expect(await getMyRoles(client)).toHaveLength(1);
  });

  it('hands over the group ids as soon as the first batch answers', async () => {
    const { client, server } = createBatchGraph((item) =>
      item.url.includes('group/eligibilityScheduleInstances')
        ? { status: 200, body: { value: [groupEligibility('member'), groupEligibility('owner')] } }
        : item.url.includes('roleEligibilityScheduleInstances')
          ? {
              status: 200,
              body: {
                value: [],
                '@odata.nextLink': `${server.baseUrl}/v1.0/roleManagement/directory/next-page`,
              },
            }
          : { status: 200, body: { value: [] } },
    );
    const heard: string[][] = [];
    let pagesFollowed = false;
    server.on('GET', '/v1.0/roleManagement/directory/next-page', () => {
      // The ids were handed over before the paging went on.
      pagesFollowed = heard.length === 1;
      return Response.json({ value: [] });
    });
    let firstRows: number | undefined;
    await getMyRoles(client, {
      onFirstPages: (first) => {
        heard.push(first.groupIds ?? []);
        firstRows = first.roles?.length;
      },
    });
    expect(heard).toEqual([[FINANCE]]);
    expect(pagesFollowed).toBe(true);
    // More pages followed: the rows so far were handed over to be shown at once.
    expect(firstRows).toBe(2);
  });

  it('asks for the guessed groups’ policies in the same batch, and tells which came back', async () => {
    const OLD = '0d9f1b2c-3a4e-4f5a-8b6c-7d8e9f0a1b2c';
    const { client, batches } = createBatchGraph((item) => {
      if (item.url.includes('group/eligibilityScheduleInstances')) {
        return { status: 200, body: { value: [groupEligibility('member')] } };
      }
      if (decodeURIComponent(item.url).includes(`scopeId eq '${FINANCE}'`)) {
        return {
          status: 200,
          body: { value: [policyAssignment('member', { max: 'PT1H', enabled: [] })] },
        };
      }
      if (decodeURIComponent(item.url).includes(`scopeId eq '${OLD}'`)) {
        return graphFailure(403, 'Forbidden', 'not any more');
      }
      return { status: 200, body: { value: [] } };
    });
    let heard: FirstPages | undefined;
    const roles = await getMyRoles(client, {
      guessGroupIds: [FINANCE, OLD],
      onFirstPages: (first) => {
        heard = first;
      },
    });
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(9);
    // A failed guess costs nothing but the guess; the confirmed group's policy is in hand.
    expect(roles).toHaveLength(1);
    expect(heard?.groupIds).toEqual([FINANCE]);
    expect(heard?.roles).toBeUndefined();
    expect([...(heard?.guessed.keys() ?? [])]).toEqual([FINANCE]);
  });

  it('rejects with the failed item’s Graph error', async () => {
    const { client } = createBatchGraph((item) =>
      item.url.startsWith('/policies/')
        ? graphFailure(
            403,
            'UnknownError',
            '{"errorCode":"PermissionScopeNotGranted","message":"no"}',
          )
        : { status: 200, body: { value: [] } },
    );
    const error: unknown = await getMyRoles(client).catch((e: unknown) => e);
    expect(isGraphError(error) && error.innerCode).toBe('PermissionScopeNotGranted');
  });
});
