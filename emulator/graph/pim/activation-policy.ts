import type { UnifiedRoleManagementPolicy } from '@microsoft/microsoft-graph-types';
import { parseIsoDuration } from '../../clock.ts';
import type { Approver } from './policy-rules.ts';

/** The end-user activation requirements read back from a stored policy's rules. */
export interface ActivationPolicy {
  maximumDurationMs: number;
  isExpirationRequired: boolean;
  justification: boolean;
  ticketing: boolean;
  mfa: boolean;
  authContext: string | null;
  approvalRequired: boolean;
  approvalRequiredForExtension: boolean;
  stages: readonly {
    approvers: readonly Approver[];
    timeoutDays: number;
    approverJustificationRequired: boolean;
  }[];
}

function ruleById(policy: UnifiedRoleManagementPolicy, id: string): Record<string, unknown> {
  const rule = (policy.rules ?? []).find((r) => r.id === id);
  return (rule ?? {}) as Record<string, unknown>;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

const readCache = new WeakMap<object, ActivationPolicy>();

/** Reads a policy's rules; cached per rules array, which the domain never mutates in place. */
export function readActivationPolicy(policy: UnifiedRoleManagementPolicy): ActivationPolicy {
  const key = policy.rules ?? policy;
  const cached = readCache.get(key);
  if (cached) return cached;
  const read = readRules(policy);
  readCache.set(key, read);
  return read;
}

function readRules(policy: UnifiedRoleManagementPolicy): ActivationPolicy {
  const expiration = ruleById(policy, 'Expiration_EndUser_Assignment');
  const enablement = ruleById(policy, 'Enablement_EndUser_Assignment');
  const approval = asRecord(ruleById(policy, 'Approval_EndUser_Assignment').setting);
  const authContext = ruleById(policy, 'AuthenticationContext_EndUser_Assignment');
  const enabled = Array.isArray(enablement.enabledRules)
    ? (enablement.enabledRules as unknown[])
    : [];
  const has = (name: string): boolean =>
    enabled.some((r) => typeof r === 'string' && r.toLowerCase() === name.toLowerCase());
  const stages = Array.isArray(approval.approvalStages)
    ? (approval.approvalStages as unknown[]).map((s) => {
        const stage = asRecord(s);
        return {
          approvers: Array.isArray(stage.primaryApprovers)
            ? (stage.primaryApprovers as Approver[])
            : [],
          timeoutDays:
            typeof stage.approvalStageTimeOutInDays === 'number'
              ? stage.approvalStageTimeOutInDays
              : 1,
          approverJustificationRequired: stage.isApproverJustificationRequired === true,
        };
      })
    : [];
  const maximum =
    typeof expiration.maximumDuration === 'string'
      ? parseIsoDuration(expiration.maximumDuration)
      : null;
  return {
    maximumDurationMs: maximum ?? 8 * 3600_000,
    isExpirationRequired: expiration.isExpirationRequired !== false,
    justification: has('Justification'),
    ticketing: has('Ticketing'),
    mfa: has('MultiFactorAuthentication'),
    authContext:
      authContext.isEnabled === true && typeof authContext.claimValue === 'string'
        ? authContext.claimValue
        : null,
    approvalRequired: approval.isApprovalRequired === true,
    approvalRequiredForExtension: approval.isApprovalRequiredForExtension === true,
    stages: approval.isApprovalRequired === true ? stages : [],
  };
}
