import { Button, Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DismissRegular } from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { readRowFacts } from '../api/read-row-facts.ts';
import { writeCsvParts } from '../model/csv.ts';
import { historyCsvColumns } from '../model/history-csv.ts';
import type { HistoryRequest } from '../model/history-request.ts';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

function download(parts: string[], fileName: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type: 'text/csv;charset=utf-8' }));
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

export interface ExportButtonProps {
  rows: readonly HistoryRequest[];
  loaded: readonly HistoryRequest[];
  now: number;
}

/**
 * Exports the rows as filtered and sorted on screen, in chunks that leave the page responsive.
 * Approvers and actual times are read from Graph first (cached ones are free), which a very
 * large export may skip; the user can cancel either step.
 */
export function ExportButton({ rows, loaded, now }: ExportButtonProps) {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const [withFacts, setWithFacts] = useState<boolean | undefined>();
  const [progress, setProgress] = useState<string | undefined>();
  const [running, setRunning] = useState<AbortController | undefined>();
  const busy = useRef(false);
  const includeFacts = withFacts ?? rows.length <= FACTS_BY_DEFAULT_UP_TO;

  const run = async () => {
    if (busy.current) return;
    busy.current = true;
    const controller = new AbortController();
    setRunning(controller);
    try {
      const snapshot = [...rows];
      const facts = includeFacts
        ? await readRowFacts(queryClient, snapshot, loaded, now, {
            signal: controller.signal,
            onProgress: (done, total) => {
              setProgress(
                `Reading approvers and actual times: ${done.toLocaleString()} of ${total.toLocaleString()}…`,
              );
            },
          })
        : undefined;
      const parts = await writeCsvParts(historyCsvColumns(facts), snapshot, {
        signal: controller.signal,
        onProgress: (written, total) => {
          setProgress(`Preparing ${written.toLocaleString()} of ${total.toLocaleString()} rows…`);
        },
      });
      const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
      download(parts, `pim-history-${stamp}.csv`);
      setProgress(`Exported ${snapshot.length.toLocaleString()} rows.`);
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
        disabled={rows.length === 0 || running !== undefined}
        onClick={() => {
          void run();
        }}
      >
        {`Export CSV (${rows.length.toLocaleString()} rows)`}
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
        checked={includeFacts}
        disabled={running !== undefined}
        label="Include approvers and actual times"
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
