import { isAssignedTo } from './approvers.ts';
import { text, type Entity, type EntityType, type ResolveEnv } from './entity-model.ts';

export const approvalStepType: EntityType = {
  name: 'approvalStep',
  properties: [
    'id',
    'assignedToMe',
    'displayName',
    'justification',
    'reviewedBy',
    'reviewedDateTime',
    'reviewResult',
    'status',
  ],
  navigation: {},
};

/** v1.0 calls the same thing an approval stage. */
export const approvalStageType: EntityType = { ...approvalStepType, name: 'approvalStage' };

/** An approval's steps with `assignedToMe` computed for the caller. */
export function stepsFor(approval: Entity, env: ResolveEnv): Entity[] {
  const steps = Array.isArray(approval.steps) ? (approval.steps as Entity[]) : [];
  return steps.map((step) => ({
    ...step,
    assignedToMe: isAssignedTo(env.domain, text(approval.id), text(step.id), env.caller.userId),
  }));
}

export const approvalBetaType: EntityType = {
  name: 'approval',
  properties: ['id'],
  navigation: {
    steps: { collection: true, target: () => approvalStepType, resolve: stepsFor },
  },
};

export const approvalV1Type: EntityType = {
  name: 'approval',
  properties: ['id'],
  navigation: {
    stages: { collection: true, target: () => approvalStageType, resolve: stepsFor },
  },
};
