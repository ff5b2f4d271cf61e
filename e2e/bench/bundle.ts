import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFigures {
  firstScreen: { files: string[]; rawBytes: number; gzipBytes: number };
  lazyChunks: { file: string; rawBytes: number; gzipBytes: number }[];
}

/**
 * The JavaScript the first screen loads: the entry script of index.html and every module it
 * preloads (Vite emits `modulepreload` links for static imports). The rest are lazy chunks.
 */
export async function measureBundle(distDir: string): Promise<BundleFigures> {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const referenced = [
    ...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
  ].map((m) => m[1] ?? '');
  const first = new Set(referenced.filter(Boolean));
  const size = async (file: string): Promise<{ rawBytes: number; gzipBytes: number }> => {
    const bytes = await readFile(path.join(distDir, file));
    return { rawBytes: bytes.byteLength, gzipBytes: gzipSync(bytes, { level: 9 }).byteLength };
  };
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of first) {
    const s = await size(file);
    rawBytes += s.rawBytes;
    gzipBytes += s.gzipBytes;
  }
  const assets = (await readdir(path.join(distDir, 'assets'))).filter((f) => f.endsWith('.js'));
  const lazyChunks = [];
  for (const f of assets) {
    const file = `assets/${f}`;
    if (!first.has(file)) lazyChunks.push({ file, ...(await size(file)) });
  }
  lazyChunks.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { firstScreen: { files: [...first], rawBytes, gzipBytes }, lazyChunks };
}
