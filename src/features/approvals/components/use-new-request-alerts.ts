import { useCallback, useEffect, useRef, useState } from 'react';
import type { PendingApproval } from '../domain/queue.ts';

type Permission = NotificationPermission | 'unsupported';

const currentPermission = (): Permission =>
  typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;

/**
 * Announces requests that arrive while the page is open with a browser notification, when the
 * user allowed them. The first complete queue is the baseline; only later arrivals count, and
 * only once the refresh is complete, so a streaming first load never reads as "new".
 */
export function useNewRequestAlerts(
  queue: readonly PendingApproval[] | undefined,
  complete: boolean,
) {
  const seen = useRef<Set<string> | null>(null);
  const [permission, setPermission] = useState<Permission>(currentPermission);

  useEffect(() => {
    if (!queue || !complete) return;
    if (seen.current === null) {
      seen.current = new Set(queue.map((item) => item.id));
      return;
    }
    const known = seen.current;
    const arrived = queue.filter((item) => !known.has(item.id));
    for (const item of arrived) known.add(item.id);
    if (arrived.length === 0 || currentPermission() !== 'granted' || !document.hidden) return;
    const [first] = arrived;
    new Notification('PIM Portal: new approval requests', {
      body:
        arrived.length === 1 && first
          ? `${first.requester.displayName} asks for ${first.target.displayName}.`
          : `${String(arrived.length)} new requests are waiting for your decision.`,
      tag: 'pim-approvals',
    });
  }, [queue, complete]);

  const requestPermission = useCallback(() => {
    if (typeof Notification === 'undefined') return;
    void Notification.requestPermission().then(setPermission);
  }, []);

  return { permission, requestPermission };
}
