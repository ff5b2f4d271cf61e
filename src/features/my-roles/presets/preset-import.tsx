import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { ArrowUploadRegular, DismissRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { mergePresets, parsePresetFile } from './preset-file.ts';
import type { PresetStoreHandle } from './use-preset-store.ts';

const useStyles = makeStyles({
  hidden: { display: 'none' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Largest file read: a hundred presets of fifty roles fit many times over. */
const MAX_BYTES = 1_000_000;

export type ImportOutcome =
  { ok: true; text: string } | { ok: false; title: string; errors: string[] };

/** Imports a presets file a colleague exported; a faulty file is refused with every reason. */
export function PresetImport({
  handle,
  onOutcome: setOutcome,
}: {
  handle: PresetStoreHandle;
  onOutcome: (outcome: ImportOutcome | undefined) => void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);

  const read = async (file: File): Promise<void> => {
    if (file.size > MAX_BYTES) {
      setOutcome({
        ok: false,
        title: `"${file.name}" was not imported.`,
        errors: ['The file is larger than 1 MB: it is not a presets file.'],
      });
      return;
    }
    const parsed = parsePresetFile(await file.text(), () => crypto.randomUUID());
    if (!parsed.ok) {
      setOutcome({ ok: false, title: `"${file.name}" was not imported.`, errors: parsed.errors });
      return;
    }
    let counts = { added: 0, replaced: 0 };
    const saved = handle.update((store) => {
      const merged = mergePresets(store.presets, parsed.presets);
      counts = merged;
      return { ...store, presets: merged.presets };
    });
    if (!saved) {
      setOutcome({
        ok: false,
        title: `"${file.name}" was not imported.`,
        errors: [
          'Your browser refused to save presets (storage full or turned off for this site).',
        ],
      });
      return;
    }
    const parts = [
      counts.added > 0 ? `${String(counts.added)} added` : undefined,
      counts.replaced > 0 ? `${String(counts.replaced)} replaced (same name)` : undefined,
    ].filter(Boolean);
    setOutcome({ ok: true, text: `Imported "${file.name}": ${parts.join(', ')}.` });
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className={styles.hidden}
        aria-label="Presets file to import"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      <Button
        icon={<ArrowUploadRegular />}
        onClick={() => {
          setOutcome(undefined);
          input.current?.click();
        }}
      >
        Import
      </Button>
    </>
  );
}

/** What became of the last import: the counts, or every reason the file was refused. */
export function ImportResult({
  outcome,
  onDismiss,
}: {
  outcome: ImportOutcome;
  onDismiss: () => void;
}) {
  const styles = useStyles();
  return (
    <MessageBar
      intent={outcome.ok ? 'success' : 'error'}
      layout="multiline"
      role={outcome.ok ? 'status' : 'alert'}
    >
      <MessageBarBody>
        {outcome.ok ? (
          outcome.text
        ) : (
          <>
            <MessageBarTitle>{outcome.title}</MessageBarTitle>
            <ul className={styles.list}>
              {outcome.errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label="Dismiss import result"
            icon={<DismissRegular />}
            onClick={() => {
              onDismiss();
            }}
          />
        }
      />
    </MessageBar>
  );
}
