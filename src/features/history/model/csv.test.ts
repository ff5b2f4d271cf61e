import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvBlob, csvCell, csvLine, writeCsvParts, type CsvColumn } from './csv.ts';

describe('csvCell', () => {
  it('leaves plain text alone and writes empty cells for null and undefined', () => {
    expect(csvCell('Global Administrator')).toBe('Global Administrator');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('x\r\ny')).toBe('"x\r\ny"');
  });

  it.each(['=SUM(A1:A2)', '+1', '-2+3', '@cmd', '\tTAB', '\rCR'])(
    'neutralises formula cell %j with a leading apostrophe',
    (value) => {
      const cell = csvCell(value);
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
      expect(cell).toContain(value.trim() === '' ? value : value.slice(1));
    },
  );

  it('neutralises and quotes a formula that also holds a comma', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('does not touch a cell where the sign is not the first character', () => {
    expect(csvCell('INC-1234')).toBe('INC-1234');
  });
});

describe('writeCsvParts', () => {
  interface Row {
    name: string;
    note: string;
  }
  const columns: CsvColumn<Row>[] = [
    { header: 'Name', value: (r) => r.name },
    { header: 'Note', value: (r) => r.note },
  ];

  it('starts with the BOM and a header line, ends every line with CRLF', async () => {
    const parts = await writeCsvParts(columns, [{ name: 'Adele', note: 'a, b' }]);
    const text = parts.join('');
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text).toBe(`${CSV_BOM}Name,Note\r\nAdele,"a, b"\r\n`);
  });

  it('writes rows in chunks and yields between them, never after the last', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ name: `u${String(i)}`, note: '' }));
    let yields = 0;
    const progress: number[] = [];
    const parts = await writeCsvParts(columns, rows, {
      chunkSize: 3,
      yieldToEventLoop: () => {
        yields += 1;
        return Promise.resolve();
      },
      onProgress: (written) => progress.push(written),
    });
    expect(parts).toHaveLength(1 + 4);
    expect(yields).toBe(3);
    expect(progress).toEqual([3, 6, 9, 10]);
    expect(parts.join('').split('\r\n')).toHaveLength(1 + 10 + 1);
    expect(csvLine(['u9', ''])).toBe('u9,\r\n');
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const rows = Array.from({ length: 5 }, () => ({ name: 'x', note: '' }));
    const run = writeCsvParts(columns, rows, {
      chunkSize: 1,
      signal: controller.signal,
      yieldToEventLoop: () => {
        controller.abort();
        return Promise.resolve();
      },
    });
    await expect(run).rejects.toThrow();
  });
});

describe('csvBlob', () => {
  it('is the parts in order, as UTF-8 with the BOM, yielding between slices of parts', async () => {
    const parts = [`${CSV_BOM}Name\r\n`, 'Zoë\r\n', 'Ærø\r\n', 'Łódź\r\n', 'end\r\n'];
    let yields = 0;
    const blob = await csvBlob(parts, {
      partsPerSlice: 2,
      yieldToEventLoop: () => {
        yields += 1;
        return Promise.resolve();
      },
    });
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(parts.join(''));
    expect(yields).toBe(2);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const run = csvBlob(['a', 'b', 'c'], {
      partsPerSlice: 1,
      signal: controller.signal,
      yieldToEventLoop: () => {
        controller.abort();
        return Promise.resolve();
      },
    });
    await expect(run).rejects.toThrow();
  });
});
