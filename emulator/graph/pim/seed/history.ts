import type { Random } from '../../../tenant/prng.ts';
import { createRecorder } from './history-records.ts';
import type { Story } from './history-story.ts';
import { ACTIVITY } from '../audit.ts';
import {
  DAY,
  HOUR,
  MINUTE,
  type DomainContext,
  type EligibilityRef,
  type Target,
} from '../context.ts';
import type { ActivationPolicy } from '../activation-policy.ts';

/**
 * 60 days of PIM history: activations (approved, denied, canceled, timed out, failed; later
 * deactivated or expired), extensions, admin assignments and removals, each request with the
 * audit entries a real tenant writes. Built directly (not through the state machine) so that
 * 100,000 requests take well under a second; audit entries of one request share their target
 * resources and details, which are read-only.
 */
export interface HistoryActor {
  userId: string;
  target: Target;
  policy: ActivationPolicy;
  eligibility: EligibilityRef;
  /** Approver user ids per stage, resolved from the policy. */
  approvers: readonly string[];
}

const JUSTIFICATIONS = [
  'Monthly access review follow-up',
  'Investigating incident INC-20431',
  'Planned change CHG-1182: tenant configuration update',
  'Onboarding new team members',
  'Quarterly compliance report',
  'Troubleshooting a user sign-in problem',
  'Rotating application credentials',
  'Mailbox migration wave 3',
  'Reviewing security alerts from the weekend',
  'Emergency fix requested by the service desk',
];
const DECISIONS = [
  'Approved for the change window',
  'Looks good',
  'Matches the ticket',
  'Not needed for this task',
  'Please use a lower-privileged role',
];

export function seedHistory(
  ctx: DomainContext,
  random: Random,
  options: {
    count: number;
    now: number;
    actors: readonly HistoryActor[];
    adminId: string;
    /**
     * What `count` counts: every request (default), or the directory role requests only — the
     * tenant-wide list Graph gives an admin (group requests are listed per group or requester),
     * with the group requests of the same actors made alongside.
     */
    counting?: 'all' | 'role';
  },
): void {
  const { now, actors, adminId } = options;
  if (actors.length === 0 || options.count <= 0) return;
  if (options.counting === 'role' && !actors.some((a) => a.target.plane === 'role')) return;
  const from = now - 60 * DAY;
  const span = 59 * DAY;
  const recorder = createRecorder(ctx, random);
  const counted = () => (options.counting === 'role' ? recorder.madeRole : recorder.made);

  const { story, log, request, approval } = recorder;
  /** After provisioning: completed, then either deactivated by the user or expired. */
  const finish = (
    s: Story,
    start: number,
    hours: number,
    userId: string,
    justification: string,
  ) => {
    log(s, start + 3000, ACTIVITY.activationCompleted, userId);
    if (random.chance(0.25) && counted() < options.count) {
      const off = start + 5 * MINUTE + random.int(Math.max(1, hours * HOUR - 6 * MINUTE));
      const d = story(s.target, userId, off, null, justification, null);
      request(d, 'selfDeactivate', 'Revoked', off, off, userId, '', null, null);
      log(d, off, ACTIVITY.deactivationRequested, userId);
      log(d, off + 1000, ACTIVITY.deactivationCompleted, userId);
    } else {
      log(s, start + hours * HOUR, ACTIVITY.activationExpired, null);
    }
  };

  // Time advances with the requests made (deactivations included), so the history reaches today.
  while (counted() < options.count) {
    const t = from + Math.floor((counted() / options.count) * span) + random.int(20 * MINUTE);
    const actor = actors[random.int(actors.length)];
    if (!actor) break;
    const { policy, userId, target } = actor;
    const roll = random.next();
    const justification = JUSTIFICATIONS[random.int(JUSTIFICATIONS.length)] ?? '';
    const ticket = policy.ticketing ? `INC${String(100000 + random.int(900000))}` : null;
    const reviewer = actor.approvers.find((a) => a !== userId) ?? adminId;

    if (roll < 0.1) {
      // An administrator's time-bound assignment that ended before today.
      const end = Math.min(t + (1 + random.int(14)) * DAY, now - HOUR);
      const s = story(target, userId, t, end, 'Project assignment', null);
      request(s, 'adminAssign', 'Provisioned', t, t, adminId, 'Project assignment', null, null);
      log(s, t, ACTIVITY.assignRequestedTimebound, adminId);
      log(s, t + 2000, ACTIVITY.assignCompletedTimebound, adminId);
      log(s, end, ACTIVITY.removeCompleted, null);
      continue;
    }
    if (roll < 0.14) {
      const s = story(target, userId, t, null, 'Access no longer needed', null);
      request(s, 'adminRemove', 'Revoked', t, t, adminId, 'Access no longer needed', null, null);
      log(s, t, ACTIVITY.removeRequested, adminId);
      log(s, t + 1500, ACTIVITY.removeCompleted, adminId);
      continue;
    }
    const hours = Math.min(1 + random.int(8), policy.maximumDurationMs / HOUR);
    if (policy.approvalRequired) {
      const outcome = random.next();
      const decidedAt = t + (5 + random.int(240)) * MINUTE;
      const decision = DECISIONS[random.int(DECISIONS.length)] ?? '';
      const approved = outcome < 0.75;
      const s = story(
        target,
        userId,
        approved ? decidedAt : t,
        (approved ? decidedAt : t) + hours * HOUR,
        justification,
        ticket,
      );
      log(s, t, ACTIVITY.activationRequested, userId);
      log(s, t + 1000, ACTIVITY.approvalRequested, userId);
      if (approved) {
        approval(s, decidedAt, reviewer, 'Approved', decision, 'Completed', actor.approvers);
        log(s, decidedAt, ACTIVITY.activationApproved, reviewer);
        request(
          s,
          'selfActivate',
          'Provisioned',
          t,
          decidedAt + 3000,
          userId,
          justification,
          ticket,
          s.id,
        );
        finish(s, decidedAt, hours, userId, justification);
      } else if (outcome < 0.9) {
        approval(s, decidedAt, reviewer, 'Denied', decision, 'Completed', actor.approvers);
        log(s, decidedAt, ACTIVITY.activationDenied, reviewer);
        request(s, 'selfActivate', 'Denied', t, decidedAt, userId, justification, ticket, s.id);
      } else if (outcome < 0.95) {
        approval(s, decidedAt, null, null, '', 'Completed', actor.approvers);
        log(s, decidedAt, ACTIVITY.activationCanceled, userId);
        request(s, 'selfActivate', 'Canceled', t, decidedAt, userId, justification, ticket, s.id);
      } else {
        const timeout = t + (policy.stages[0]?.timeoutDays ?? 1) * DAY;
        approval(s, timeout, null, null, '', 'Expired', actor.approvers);
        log(s, timeout, ACTIVITY.activationRequestExpired, null);
        request(s, 'selfActivate', 'Denied', t, timeout, userId, justification, ticket, s.id);
      }
      continue;
    }
    const s = story(target, userId, t, t + hours * HOUR, justification, ticket);
    log(s, t, ACTIVITY.activationRequested, userId);
    if (random.chance(0.04)) {
      const canceled = random.chance(0.5);
      request(
        s,
        'selfActivate',
        canceled ? 'Canceled' : 'Failed',
        t,
        t + MINUTE,
        userId,
        justification,
        ticket,
        null,
      );
      if (canceled) log(s, t + MINUTE, ACTIVITY.activationCanceled, userId);
      continue;
    }
    request(s, 'selfActivate', 'Provisioned', t, t + 3000, userId, justification, ticket, null);
    finish(s, t, hours, userId, justification);
  }
}
