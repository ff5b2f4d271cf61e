import { PERSONAS } from '../../../tenant/personas.ts';
import { GROUP_IDS, SCOPES } from '../../../tenant/population.ts';
import { ROLE_IDS } from '../../../tenant/role-catalog.ts';
import { DAY, HOUR, MINUTE, type DomainContext, type Target } from '../context.ts';
import { grantAssignment, grantEligibility } from './grants.ts';
import { seedActivation } from './seeded-requests.ts';

/**
 * What the four personas hold in the default tenant. Adele: an eligibility for each policy
 * combination (tenant, administrative-unit and application scopes, groups as member and owner),
 * one role active now, one permanent and one expiring assignment. Megan: a few eligibilities.
 * Alex: permanent Security Reader and Reports Reader (he reads the tenant's audit). Diego: none.
 */
export const PERSONA_IDS = {
  adele: PERSONAS[0]?.id ?? '',
  megan: PERSONAS[1]?.id ?? '',
  alex: PERSONAS[2]?.id ?? '',
  diego: PERSONAS[3]?.id ?? '',
};

export const role = (
  roleDefinitionId: string,
  directoryScopeId = '/',
): Extract<Target, { plane: 'role' }> => ({
  plane: 'role',
  roleDefinitionId,
  directoryScopeId,
  appScopeId: null,
});
export const group = (
  groupId: string,
  accessId: 'member' | 'owner',
): Extract<Target, { plane: 'group' }> => ({
  plane: 'group',
  groupId,
  accessId,
});

const R = ROLE_IDS;
const G = GROUP_IDS;
const [, seattle, munich, , expensesApp] = SCOPES;

export const ADELE_ELIGIBLE: readonly Target[] = [
  role(R.messageCenterReader),
  role(R.globalReader),
  role(R.exchangeAdministrator),
  role(R.sharePointAdministrator),
  role(R.securityAdministrator),
  role(R.globalAdministrator),
  role(R.privilegedRoleAdministrator),
  role(R.applicationAdministrator),
  role(R.userAdministrator),
  role(R.intuneAdministrator),
  role(R.teamsAdministrator),
  role(R.helpdeskAdministrator, seattle.id),
  role(R.authenticationAdministrator, munich.id),
  role(R.cloudApplicationAdministrator, expensesApp.id),
  group(G.financeAdmins, 'member'),
  group(G.financeAdmins, 'owner'),
  group(G.helpdeskTier2, 'member'),
  group(G.subscriptionOwners, 'member'),
  group(G.payrollDataAccess, 'member'),
];

export function seedPersonas(
  ctx: DomainContext,
  now: number,
  adeleExtra: readonly Target[] = [],
): void {
  const { adele, megan, alex } = PERSONA_IDS;
  const since = now - 120 * DAY;
  for (const target of ADELE_ELIGIBLE) {
    const eligibility = grantEligibility(ctx, adele, target, since);
    if (target.plane === 'role' && target.roleDefinitionId === R.teamsAdministrator)
      seedActivation(
        ctx,
        adele,
        target,
        eligibility,
        now - 30 * MINUTE,
        4 * HOUR,
        'Teams meeting policy rollout for the Sales department',
      );
  }
  for (const target of adeleExtra) grantEligibility(ctx, adele, target, since);
  grantAssignment(ctx, adele, role(R.directoryReaders), since, null);
  grantAssignment(ctx, adele, role(R.knowledgeAdministrator), now - 170 * DAY, now + 10 * DAY);

  for (const target of [
    role(R.complianceAdministrator),
    role(R.securityReader),
    role(R.exchangeAdministrator),
    // Approved by PIM Approvers, of which Megan is one: someone else must approve her request.
    role(R.privilegedRoleAdministrator),
    group(G.securityOperations, 'member'),
  ])
    grantEligibility(ctx, megan, target, since);

  grantAssignment(ctx, alex, role(R.securityReader), since, null);
  grantAssignment(ctx, alex, role(R.reportsReader), since, null);
  grantEligibility(ctx, alex, role(R.privilegedRoleAdministrator), since);
  grantEligibility(ctx, alex, role(R.globalReader), since);
}
