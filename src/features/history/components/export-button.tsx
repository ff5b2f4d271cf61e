import { Button, Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DismissRegular } from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { exportHistory, exportProgressText, type ExportSource } from '../api/export-history.ts';
import { csvBlob } from '../model/csv.ts';
import type { HistoryRequest } from '../model/history-request.ts';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

function download(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; give it a moment before freeing it.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** Above this many rows, reading every approver by default would cost too many round trips. */
const FACTS_BY_DEFAULT_UP_TO = 2000;

export type ExportButtonProps = Omit<ExportSource, 'shown'> & {
  rows: readonly HistoryRequest[];
  now: number;
};

/**
 * Exports every request that matches the view, in its order: the loaded rows and the pages not
 * loaded yet, which it reads from Graph itself. Each step reports progress and can be canceled;
 * approvers and actual times are read too (cached ones are free) unless the user leaves them out,
 * which is the default for a large export.
 */
export function ExportButton({ rows, loaded, rest, refinement, sort, now }: ExportButtonProps) {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const [withFacts, setWithFacts] = useState<boolean | undefined>();
  const [progress, setProgress] = useState<string | undefined>();
  const [running, setRunning] = useState<AbortController | undefined>();
  const busy = useRef(false);
  const complete = rest === undefined;
  // Unless the user chooses, a list not fully loaded gets them if it turns out small enough.
  const includeFacts =
    withFacts ??
    (complete ? rows.length <= FACTS_BY_DEFAULT_UP_TO : { upTo: FACTS_BY_DEFAULT_UP_TO });

  const run = async () => {
    if (busy.current) return;
    busy.current = true;
    const controller = new AbortController();
    setRunning(controller);
    try {
      const result = await exportHistory(
        { shown: rows, loaded, rest, refinement, sort },
        {
          queryClient,
          now,
          includeFacts,
          signal: controller.signal,
          onProgress: (step) => {
            setProgress(exportProgressText(step));
          },
        },
      );
      const file = await csvBlob(result.parts, { signal: controller.signal });
      const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
      download(file, `pim-history-${stamp}.csv`);
      setProgress(`Exported ${result.rows.toLocaleString()} rows.`);
    } catch (error) {
      setProgress(
        controller.signal.aborted
          ? 'Export canceled.'
          : `Export failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      busy.current = false;
      setRunning(undefined);
    }
  };
  return (
    <div className={styles.group}>
      <Button
        icon={<ArrowDownloadRegular />}
        disabled={(complete && rows.length === 0) || running !== undefined}
        onClick={() => {
          void run();
        }}
      >
        {complete
          ? `Export CSV (${rows.length.toLocaleString()} rows)`
          : 'Export CSV (all matching requests)'}
      </Button>
      {running ? (
        <Button
          icon={<DismissRegular />}
          onClick={() => {
            running.abort();
          }}
        >
          Cancel export
        </Button>
      ) : null}
      <Checkbox
        checked={typeof includeFacts === 'boolean' ? includeFacts : 'mixed'}
        disabled={running !== undefined}
        label={
          typeof includeFacts === 'boolean'
            ? 'Include approvers and actual times'
            : `Include approvers and actual times (if ${FACTS_BY_DEFAULT_UP_TO.toLocaleString()} rows or fewer)`
        }
        onChange={(_, data) => {
          setWithFacts(data.checked === true);
        }}
      />
      <Text role="status" size={200}>
        {progress}
      </Text>
    </div>
  );
}
