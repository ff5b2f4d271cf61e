import { lazy, Suspense, useEffect, useState } from 'react';
import { afterIdle } from '../../../components/when-idle.tsx';
import type { MyRole } from '../../../domain/my-role.ts';
import { EXPIRY_THRESHOLDS } from '../domain/expiry.ts';
import { NotifySwitch } from './notify-switch.tsx';
import { useBrowserNotifications } from './use-browser-notifications.ts';

const LazyCenter = lazy(() =>
  import('./expiry-center.tsx').then((m) => ({ default: m.ExpiryCenter })),
);

/** A minute of margin over the first warning: the center's code is here before it is due. */
const SOON_MS = (EXPIRY_THRESHOLDS[0] + 1) * 60_000;

/** An activation that ends within the first warning's reach: its warning cannot wait for idle. */
function endsSoon(roles: readonly MyRole[] | undefined, now: number): boolean {
  return (roles ?? []).some((role) => {
    const end = role.active?.assignmentType === 'Activated' ? role.active.endDateTime : undefined;
    return end !== undefined && end.getTime() - now <= SOON_MS;
  });
}

export interface ExpiryCenterProps {
  roles: readonly MyRole[] | undefined;
  /** The page's clock (a minute's steps are fine: the check has a minute of margin). */
  now: Date;
  onActivated: (keys: string[]) => void;
}

/**
 * The "Notify me" switch, drawn with the list, and the expiry center behind it (the warnings, the
 * Extend and "Activate again" flows), whose code is fetched once the browser is idle after the
 * first screen, or at once when an active role is already close to its first warning. Roles that
 * end later are watched from then on, well before any of their warnings is due.
 */
export function ExpiryCenter({ roles, now, onActivated }: ExpiryCenterProps) {
  const notifications = useBrowserNotifications();
  const [idle, setIdle] = useState(false);
  const [wanted, setWanted] = useState(false);
  useEffect(
    () =>
      afterIdle(() => {
        setIdle(true);
      }),
    [],
  );
  if (!wanted && (idle || endsSoon(roles, now.getTime()))) setWanted(true);
  return (
    <>
      <NotifySwitch
        setting={notifications.setting}
        onEnable={() => void notifications.enable()}
        onDisable={notifications.disable}
      />
      {wanted ? (
        <Suspense fallback={null}>
          <LazyCenter roles={roles} onActivated={onActivated} notify={notifications.notify} />
        </Suspense>
      ) : null}
    </>
  );
}
