import { useCallback, useState } from 'react';

/** Only the user's choice is stored (never a token or a role name), per browser. */
const PREFERENCE_KEY = 'pim-portal:notify-before-expiry';

export type NotificationSetting = 'unsupported' | 'blocked' | 'off' | 'on';

const supported = (): boolean => typeof window !== 'undefined' && 'Notification' in window;

function readSetting(): NotificationSetting {
  if (!supported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  const wanted = window.localStorage.getItem(PREFERENCE_KEY) === 'on';
  return wanted && Notification.permission === 'granted' ? 'on' : 'off';
}

/**
 * Browser notifications for what happens while the user looks elsewhere. Permission is asked
 * only from `enable`, which the "Notify me" switch calls on a click (browsers ignore or punish
 * prompts without a user gesture). `notify` does nothing unless the user turned it on and the
 * browser allows it; the `tag` makes a repeated notice replace the earlier one.
 */
export function useBrowserNotifications() {
  const [setting, setSetting] = useState<NotificationSetting>(readSetting);

  const enable = useCallback(async (): Promise<void> => {
    if (!supported()) return;
    const permission =
      Notification.permission === 'default'
        ? await Notification.requestPermission()
        : Notification.permission;
    if (permission === 'granted') window.localStorage.setItem(PREFERENCE_KEY, 'on');
    setSetting(readSetting());
  }, []);

  const disable = useCallback((): void => {
    if (supported()) window.localStorage.setItem(PREFERENCE_KEY, 'off');
    setSetting(readSetting());
  }, []);

  const notify = useCallback((title: string, body: string, tag: string): void => {
    if (readSetting() !== 'on') return;
    const notification = new Notification(title, { body, tag });
    notification.onclick = () => {
      window.focus();
      notification.close();
    };
  }, []);

  return { setting, enable, disable, notify };
}
