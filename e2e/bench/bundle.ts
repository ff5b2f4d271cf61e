import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSet {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

/** Sizes of the given built files (paths relative to dist, e.g. `assets/x.js`). */
export async function measureFiles(distDir: string, files: Iterable<string>): Promise<FileSet> {
  const list = [...new Set(files)].sort();
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of list) {
    const bytes = await readFile(path.join(distDir, file));
    rawBytes += bytes.byteLength;
    gzipBytes += gzipSync(bytes, { level: 9 }).byteLength;
  }
  return { files: list, rawBytes, gzipBytes };
}
