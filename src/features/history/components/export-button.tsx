import { Button, Text } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { writeCsvParts } from '../model/csv.ts';
import { HISTORY_CSV_COLUMNS } from '../model/history-csv.ts';
import type { HistoryRequest } from '../model/history-request.ts';

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

/** Exports the rows as filtered and sorted on screen, in chunks that leave the page responsive. */
export function ExportButton({ rows }: { rows: readonly HistoryRequest[] }) {
  const [progress, setProgress] = useState<string | undefined>();
  const running = useRef(false);
  const run = async () => {
    if (running.current) return;
    running.current = true;
    try {
      const snapshot = [...rows];
      const parts = await writeCsvParts(HISTORY_CSV_COLUMNS, snapshot, {
        onProgress: (written, total) => {
          setProgress(`Preparing ${written.toLocaleString()} of ${total.toLocaleString()} rows…`);
        },
      });
      const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
      download(parts, `pim-history-${stamp}.csv`);
      setProgress(`Exported ${snapshot.length.toLocaleString()} rows.`);
    } finally {
      running.current = false;
    }
  };
  return (
    <>
      <Button
        icon={<ArrowDownloadRegular />}
        disabled={rows.length === 0}
        onClick={() => {
          void run();
        }}
      >
        {`Export CSV (${rows.length.toLocaleString()} rows)`}
      </Button>
      <Text role="status" size={200}>
        {progress}
      </Text>
    </>
  );
}
