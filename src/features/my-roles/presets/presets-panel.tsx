import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, MoreHorizontalRegular } from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';
import { formatDuration } from '../../../domain/duration.ts';
import type { Preset } from './preset.ts';
import { ImportResult, PresetImport, type ImportOutcome } from './preset-import.tsx';
import { exportPresets } from './preset-file.ts';
import { PresetNameDialog } from './preset-name-dialog.tsx';
import type { PresetStoreHandle } from './use-preset-store.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  heading: { margin: 0, marginInlineEnd: 'auto', fontSize: tokens.fontSizeBase400 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
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

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

const summary = (preset: Preset): string =>
  [
    preset.roles.length === 1 ? '1 role' : `${String(preset.roles.length)} roles`,
    formatDuration(preset.durationMinutes),
    preset.ticketNumber ? `ticket ${preset.ticketNumber}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');

export interface PresetsPanelProps {
  handle: PresetStoreHandle;
  /** Sends the preset (or opens its form when something needs the user); says what it did. */
  onActivate: (preset: Preset) => void;
  /** A message about the last preset activation that could not even open the form. */
  message?: ReactNode;
  busy: boolean;
}

/** The user's presets: activate in one click, rename, delete, export and import as JSON. */
export function PresetsPanel({ handle, onActivate, message, busy }: PresetsPanelProps) {
  const styles = useStyles();
  const headingId = useId();
  const [renaming, setRenaming] = useState<Preset>();
  const [deleted, setDeleted] = useState<{ preset: Preset; index: number }>();
  const [saveFailed, setSaveFailed] = useState(false);
  const [imported, setImported] = useState<ImportOutcome>();
  const { presets } = handle.store;
  if (!handle.available) return null;

  const save = (change: (list: Preset[]) => Preset[]): void => {
    setSaveFailed(!handle.update((store) => ({ ...store, presets: change(store.presets) })));
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.header}>
        <h2 id={headingId} className={styles.heading}>
          Presets
        </h2>
        <PresetImport handle={handle} onOutcome={setImported} />
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={presets.length === 0}
          onClick={() => {
            const stamp = new Date().toISOString().slice(0, 10);
            download(exportPresets(presets, new Date()), `pim-portal-presets-${stamp}.json`);
          }}
        >
          Export
        </Button>
      </div>
      {imported ? (
        <ImportResult
          outcome={imported}
          onDismiss={() => {
            setImported(undefined);
          }}
        />
      ) : null}
      {handle.damaged ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            Some saved presets could not be read and were left out. Saving a preset replaces them.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {saveFailed ? (
        <MessageBar intent="error">
          <MessageBarBody>
            Your browser refused to save presets (storage full or turned off for this site).
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {message}
      {deleted ? (
        <MessageBar intent="info">
          <MessageBarBody>Preset &ldquo;{deleted.preset.name}&rdquo; deleted.</MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => {
                save((list) => [
                  ...list.slice(0, deleted.index),
                  deleted.preset,
                  ...list.slice(deleted.index),
                ]);
                setDeleted(undefined);
              }}
            >
              Undo
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {presets.length === 0 ? (
        <Text className={styles.muted}>
          No presets yet. Select roles, choose Activate, fill in the form and choose Save as preset.
        </Text>
      ) : (
        <ul className={styles.list} aria-labelledby={headingId}>
          {presets.map((preset, index) => (
            <li key={preset.id} className={styles.item}>
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
                onClick={() => {
                  setDeleted(undefined);
                  onActivate(preset);
                }}
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
                    <MenuItem
                      onClick={() => {
                        setRenaming(preset);
                      }}
                    >
                      Rename
                    </MenuItem>
                    <MenuItem
                      onClick={() => {
                        save((list) => list.filter((p) => p.id !== preset.id));
                        setDeleted({ preset, index });
                      }}
                    >
                      Delete
                    </MenuItem>
                  </MenuList>
                </MenuPopover>
              </Menu>
            </li>
          ))}
        </ul>
      )}
      {renaming ? (
        <PresetNameDialog
          title="Rename preset"
          confirmLabel="Rename"
          initialName={renaming.name}
          takenNames={presets.filter((p) => p.id !== renaming.id).map((p) => p.name)}
          onCancel={() => {
            setRenaming(undefined);
          }}
          onConfirm={(name) => {
            save((list) => list.map((p) => (p.id === renaming.id ? { ...p, name } : p)));
            setRenaming(undefined);
          }}
        />
      ) : null}
    </section>
  );
}
