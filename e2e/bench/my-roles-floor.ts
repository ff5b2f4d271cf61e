/**
 * The floor of My roles' first screen: the sequential Graph round trips the API makes
 * unavoidable for this user in this tenant, read from the API itself rather than assumed.
 *
 * - Trip 1: one `$batch` with every first-screen collection.
 * - Server-driven paging: each further page of a collection needs the `@odata.nextLink` of the
 *   page before it (skip tokens are opaque), so a collection of P pages costs P sequential trips.
 * - Group policies: `roleManagementPolicyAssignments` requires `scopeId eq '<groupId>'` for
 *   groups (policyroot-list-rolemanagementpolicyassignments), and the group ids arrive in trip 1:
 *   one more trip when the user has PIM groups, which may overlap the paging. A returning user
 *   is spared it: the portal remembers the last visit's group ids (at most
 *   `MAX_REMEMBERED_GROUPS`, src/features/my-roles/api/known-groups.ts) and asks for their
 *   policies in trip 1. The bench times reloads after a first visit, so `returning` is its case.
 */
const MAX_REMEMBERED_GROUPS = 13;
const PAGED_COLLECTIONS = [
  "/roleManagement/directory/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')",
  "/roleManagement/directory/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')",
  "/identityGovernance/privilegedAccess/group/eligibilityScheduleInstances/filterByCurrentUser(on='principal')",
  "/identityGovernance/privilegedAccess/group/assignmentScheduleInstances/filterByCurrentUser(on='principal')",
  "/roleManagement/directory/roleAssignmentScheduleRequests/filterByCurrentUser(on='principal')",
  "/identityGovernance/privilegedAccess/group/assignmentScheduleRequests/filterByCurrentUser(on='principal')",
  `/policies/roleManagementPolicyAssignments?$filter=${encodeURIComponent("scopeId eq '/' and scopeType eq 'DirectoryRole'")}`,
];
const GROUP_COLLECTIONS = PAGED_COLLECTIONS.slice(2, 4);

interface Page {
  value?: { groupId?: string }[];
  '@odata.nextLink'?: string;
}

export async function myRolesFloor(
  origin: string,
  persona: string,
  returning = true,
): Promise<number> {
  const info = (await (await fetch(`${origin}/emulator/_control/info`)).json()) as {
    personas: { displayName: string; userPrincipalName: string }[];
  };
  const upn = info.personas.find((p) => p.displayName === persona)?.userPrincipalName;
  const minted = await fetch(`${origin}/emulator/_control/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      userPrincipalName: upn,
      scopes: [
        'RoleEligibilitySchedule.Read.Directory',
        'RoleAssignmentSchedule.ReadWrite.Directory',
        'RoleManagementPolicy.Read.Directory',
        'PrivilegedEligibilitySchedule.Read.AzureADGroup',
        'PrivilegedAssignmentSchedule.ReadWrite.AzureADGroup',
      ],
    }),
  });
  if (!minted.ok) throw new Error(`bench: could not mint a token for ${persona}`);
  const { access_token: token } = (await minted.json()) as { access_token: string };

  const pages = async (path: string): Promise<{ pages: number; groupIds: string[] }> => {
    let url: string | undefined = `${origin}/emulator/graph/v1.0${path}`;
    let count = 0;
    const groupIds: string[] = [];
    while (url) {
      const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`bench: floor probe ${path}: HTTP ${response.status}`);
      const body = (await response.json()) as Page;
      count += 1;
      for (const item of body.value ?? []) if (item.groupId) groupIds.push(item.groupId);
      url = body['@odata.nextLink'];
    }
    return { pages: count, groupIds };
  };
  const results = await Promise.all(PAGED_COLLECTIONS.map(pages));
  const longestPaging = Math.max(...results.map((r) => r.pages));
  const groups = new Set(
    results.flatMap((r, i) =>
      GROUP_COLLECTIONS.includes(PAGED_COLLECTIONS[i] ?? '') ? r.groupIds : [],
    ),
  );
  const groupTrip = groups.size > 0 && (!returning || groups.size > MAX_REMEMBERED_GROUPS) ? 2 : 1;
  return Math.max(longestPaging, groupTrip);
}
