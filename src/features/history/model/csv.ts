/**
 * CSV writing as RFC 4180 asks (CRLF line ends, quotes doubled inside quoted cells), in UTF-8
 * with a byte order mark so spreadsheet programs read accents correctly, and with formula cells
 * neutralised: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would run
 * as a formula when opened in Excel or Sheets (CSV injection), so it gets a leading apostrophe.
 */
export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

export interface CsvStreamOptions {
  /** Rows per chunk; between chunks the writer yields so the page stays responsive. */
  chunkSize?: number;
  /** Resolves when the browser may run other work (tests pass a counter). */
  yieldToEventLoop?: () => Promise<void>;
  signal?: AbortSignal;
  onProgress?: (written: number, total: number) => void;
}

/** Yields through a macrotask: a resolved promise would not let the page paint or handle input. */
export const yieldToMainThread = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * Builds the CSV as Blob parts, one string per chunk of rows, yielding to the event loop between
 * chunks: 100,000 rows never block the page for long, and the parts go to `new Blob(parts)`
 * without one giant string being concatenated.
 */
export async function writeCsvParts<T>(
  columns: readonly CsvColumn<T>[],
  rows: readonly T[],
  options: CsvStreamOptions = {},
): Promise<string[]> {
  // 500 rows of 20 columns take a few milliseconds: short enough on a slow, busy machine too.
  const chunkSize = Math.max(1, options.chunkSize ?? 500);
  const pause = options.yieldToEventLoop ?? yieldToMainThread;
  const parts = [CSV_BOM + csvLine(columns.map((c) => c.header))];
  for (let start = 0; start < rows.length; start += chunkSize) {
    options.signal?.throwIfAborted();
    let chunk = '';
    const end = Math.min(rows.length, start + chunkSize);
    for (let i = start; i < end; i++) {
      const row = rows[i] as T;
      chunk += csvLine(columns.map((c) => c.value(row)));
    }
    parts.push(chunk);
    options.onProgress?.(end, rows.length);
    if (end < rows.length) await pause();
  }
  return parts;
}

export interface CsvBlobOptions {
  /** Parts encoded between two yields to the event loop. */
  partsPerSlice?: number;
  yieldToEventLoop?: () => Promise<void>;
  signal?: AbortSignal;
}

/**
 * The file from the parts, as a Blob of Blobs: each part is encoded to UTF-8 on its own, a few
 * per slice with the event loop free between slices, and the file only refers to them. A single
 * `new Blob(strings)` of a 100,000-row export encodes some 30 MB in one task, which blocks the
 * page for hundreds of milliseconds.
 */
export async function csvBlob(
  parts: readonly string[],
  options: CsvBlobOptions = {},
): Promise<Blob> {
  const perSlice = Math.max(1, options.partsPerSlice ?? 4);
  const pause = options.yieldToEventLoop ?? yieldToMainThread;
  const blobs: Blob[] = [];
  for (const [index, part] of parts.entries()) {
    options.signal?.throwIfAborted();
    blobs.push(new Blob([part]));
    if ((index + 1) % perSlice === 0 && index + 1 < parts.length) await pause();
  }
  return new Blob(blobs, { type: 'text/csv;charset=utf-8' });
}
