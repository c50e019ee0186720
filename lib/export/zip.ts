/** A whole page as one zip (article files, page file, JSON, optional region images) — fflate, in memory. */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportFile } from './files';

export function zipFiles(files: ExportFile[]): Uint8Array {
  const tree: Zippable = {};
  for (const f of files) {
    const data = typeof f.content === 'string' ? strToU8(f.content) : f.content;
    // Images are already compressed; deflating them again only costs time.
    tree[f.path] = [data, { level: f.mime.startsWith('image/') ? 0 : 6 }];
  }
  return zipSync(tree);
}
