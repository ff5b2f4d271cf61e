import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';
import type { Preset } from './preset.ts';
import { ImportResult, PresetImport, type ImportOutcome } from './preset-import.tsx';
import { exportPresets } from './preset-file.ts';
import { PresetItem } from './preset-item.tsx';
import { PresetNameDialog } from './preset-name-dialog-lazy.tsx';
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
            <PresetItem
              key={preset.id}
              preset={preset}
              busy={busy}
              onActivate={() => {
                setDeleted(undefined);
                onActivate(preset);
              }}
              onRename={() => {
                setRenaming(preset);
              }}
              onDelete={() => {
                save((list) => list.filter((p) => p.id !== preset.id));
                setDeleted({ preset, index });
              }}
            />
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
