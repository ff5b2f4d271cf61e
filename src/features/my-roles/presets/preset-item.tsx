import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import { lazy } from 'react';
import { MenuOnDemand } from '../../../components/menu-on-demand.tsx';
import { formatDuration } from '../../../domain/duration.ts';
import type { Preset } from './preset.ts';

// Fluent's Menu is fetched on first use: none is left on the first screen (about 9 KB gzip).
const PresetItemMenu = lazy(() =>
  import('./preset-item-menu.tsx').then((m) => ({ default: m.PresetItemMenu })),
);

const useStyles = makeStyles({
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  text: { display: 'flex', flexDirection: 'column', maxWidth: '22rem' },
  muted: { color: tokens.colorNeutralForeground2 },
});

const summary = (preset: Preset): string =>
  [
    preset.roles.length === 1 ? '1 role' : `${String(preset.roles.length)} roles`,
    formatDuration(preset.durationMinutes),
    preset.ticketNumber ? `ticket ${preset.ticketNumber}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');

/** One preset: its name and what it holds, Activate, and Rename/Delete in a menu. */
export function PresetItem(props: {
  preset: Preset;
  busy: boolean;
  onActivate: () => void;
  onRename: () => void;
  onDelete: () => void;
}) {
  const { preset, busy, onActivate, onRename, onDelete } = props;
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <span className={styles.text}>
        <Text weight="semibold" truncate wrap={false}>
          {preset.name}
        </Text>
        <Text size={200} className={styles.muted}>
          {summary(preset)}
        </Text>
      </span>
      <Button
        appearance="primary"
        size="small"
        disabledFocusable={busy}
        aria-label={`Activate preset ${preset.name}`}
        onClick={onActivate}
      >
        Activate
      </Button>
      <MenuOnDemand
        button={(buttonProps) => (
          <Button
            {...buttonProps}
            size="small"
            appearance="subtle"
            icon={<MoreHorizontalRegular />}
            aria-label={`More actions for preset ${preset.name}`}
          />
        )}
        menu={(arrival) => <PresetItemMenu {...arrival} onRename={onRename} onDelete={onDelete} />}
      />
    </li>
  );
}
