import { Field, Switch } from '@fluentui/react-components';
import type { NotificationSetting } from './use-browser-notifications.ts';

const HINT: Record<NotificationSetting, string> = {
  unsupported: 'This browser cannot show notifications; warnings appear on this page.',
  blocked: 'Notifications are blocked for this site in your browser settings.',
  off: 'At 15 and 5 minutes before an active role ends, and when an approver decides.',
  on: 'At 15 and 5 minutes before an active role ends, and when an approver decides.',
};

/** The one place the portal asks for notification permission: on this switch's click. */
export function NotifySwitch({
  setting,
  onEnable,
  onDisable,
}: {
  setting: NotificationSetting;
  onEnable: () => void;
  onDisable: () => void;
}) {
  return (
    <Field hint={HINT[setting]}>
      <Switch
        label="Notify me before roles expire"
        checked={setting === 'on'}
        disabled={setting === 'unsupported' || setting === 'blocked'}
        onChange={(_, data) => {
          if (data.checked) onEnable();
          else onDisable();
        }}
      />
    </Field>
  );
}
