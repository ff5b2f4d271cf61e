import { useEffect, useRef } from 'react';
import { useBrowserNotifications } from './use-browser-notifications.ts';
import type { DecisionNotice } from './use-progress-tracking.ts';

/**
 * Tells a user who looks at another tab that an approver decided, once per decision (the page
 * shows the same news as a message). Nothing is shown unless the user turned notifications on.
 */
export function useDecisionNotifications(notices: readonly DecisionNotice[]): void {
  const { notify } = useBrowserNotifications();
  const told = useRef(new WeakSet<DecisionNotice>());
  useEffect(() => {
    for (const notice of notices) {
      if (told.current.has(notice)) continue;
      told.current.add(notice);
      if (document.visibilityState !== 'hidden') continue;
      notify(
        notice.approved
          ? `${notice.name}: request approved`
          : `${notice.name}: request not approved`,
        notice.approved
          ? 'An approver approved your request.'
          : 'Your request was denied or expired.',
        `decision|${notice.key}`,
      );
    }
  }, [notices, notify]);
}
