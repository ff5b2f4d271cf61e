import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import type { MyRole } from '../../../domain/my-role.ts';
import type { ActivationLaunch } from '../components/activation-extras.ts';
import { ACTIVATE_PATH, parseActivateLink, type ActivateLink } from './deep-link.ts';
import { planLaunch, type LaunchPlan } from './launch.ts';
import { LaunchNotice } from './launch-notice.tsx';

const DEFAULT_MINUTES = 60;

interface LinkSnapshot {
  /** The router's key of the visit to the link: each visit opens the form once. */
  key: string;
  link: ActivateLink;
  plan: LaunchPlan;
}

/**
 * Opens the activation form from an `/activate?role=…` link, once per visit to the link, when
 * the list and every policy are known. The form is filled, never sent: the user reads it and
 * chooses Activate. Sign-in returns to the link (MSAL keeps the address that started it).
 */
export function DeepLinkLauncher({
  roles,
  ready,
  launch,
}: {
  roles: readonly MyRole[] | undefined;
  ready: boolean;
  launch: (request: ActivationLaunch) => void;
}) {
  const location = useLocation();
  const isLink = location.pathname === ACTIVATE_PATH;
  // The link is resolved against the list as it was when it became known, not re-resolved as
  // the list refreshes (an activated role would otherwise turn into "already active").
  const [snapshot, setSnapshot] = useState<LinkSnapshot>();
  if (isLink && ready && roles && snapshot?.key !== location.key) {
    const link = parseActivateLink(location.search);
    const plan = planLaunch(
      link.refs.map((ref) => ({ ref })),
      link.durationMinutes ?? DEFAULT_MINUTES,
      roles,
    );
    setSnapshot({ key: location.key, link, plan });
  }
  const launched = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!snapshot || snapshot.plan.roles.length === 0 || launched.current === snapshot.key) return;
    launched.current = snapshot.key;
    const { link, plan } = snapshot;
    const notices = [...link.problems, ...plan.notices];
    launch({
      roles: plan.roles,
      form: {
        durationMinutes: plan.durationMinutes,
        justification: link.justification,
        ticketNumber: link.ticketNumber,
        ticketSystem: link.ticketSystem,
      },
      submitIfReady: false,
      notice: (
        <LaunchNotice
          intent={notices.length > 0 ? 'warning' : 'info'}
          title={
            notices.length > 0
              ? 'Check the form: the link could not be used as it is.'
              : 'Filled in from a link. Check it before you activate.'
          }
          notices={notices}
        />
      ),
    });
  }, [snapshot, launch]);

  if (!isLink || snapshot?.key !== location.key || snapshot.plan.roles.length > 0) return null;
  return (
    <LaunchNotice
      intent="error"
      title="This activation link cannot be used."
      notices={[...snapshot.link.problems, ...snapshot.plan.notices]}
    />
  );
}
