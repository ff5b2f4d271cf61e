import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  tokens,
} from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import { formatDuration } from '../../../domain/duration.ts';
import type { Preset } from './preset.ts';

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
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button
            size="small"
            appearance="subtle"
            icon={<MoreHorizontalRegular />}
            aria-label={`More actions for preset ${preset.name}`}
          />
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={onRename}>Rename</MenuItem>
            <MenuItem onClick={onDelete}>Delete</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </li>
  );
}
