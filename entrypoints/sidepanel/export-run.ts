/**
 * The export dialog's browser side: the remembered per-article/per-page choice (storage.local), files
 * through browser.downloads into the `epaper-md/` sub-folder, the page zip, JSON, and the clipboard.
 * What goes into the files is lib/export's job; this file only moves bytes.
 */
import { CITE_FILES, documentJson, exportFiles, pageFileBase, zipFiles, type CiteFormat, type ExportFile, type ExportPer } from '../../lib/export';
import type { EpaperDocument } from '../../lib/model/document';
import { downloadBlob } from './download';
import { loadPageRaster } from './page-access';

export const EXPORT_FOLDER = 'epaper-md';
const PER_KEY = 'exportPer';
const PERS: ExportPer[] = ['article', 'page', 'both'];

export async function loadExportPer(): Promise<ExportPer> {
  const got = (await browser.storage.local.get(PER_KEY))[PER_KEY];
  return PERS.includes(got as ExportPer) ? (got as ExportPer) : 'article';
}

export function saveExportPer(per: ExportPer): Promise<void> {
  return browser.storage.local.set({ [PER_KEY]: per });
}

function blobOf(f: ExportFile): Blob {
  return new Blob([f.content as BlobPart], { type: f.mime });
}

export interface ExportChoice {
  per: ExportPer;
  saveAs: boolean;
  /** `unreviewedByArticle(pending)` from lib/export. */
  unreviewedByArticle: Record<string, number>;
  /** Highlight the words OCR was unsure of (lib/export MarkdownOptions.markUncertain). */
  markUncertain?: boolean;
}

/** The Markdown files, one download each; returns their paths. */
export async function downloadMarkdown(doc: EpaperDocument, c: ExportChoice): Promise<string[]> {
  const files = exportFiles(doc, { per: c.per, folder: EXPORT_FOLDER, unreviewedByArticle: c.unreviewedByArticle, markUncertain: c.markUncertain });
  for (const f of files) await downloadBlob(f.path, blobOf(f), c.saveAs);
  return files.map((f) => f.path);
}

/** One zip of the page: the Markdown files as chosen, the document JSON, the citations and, if asked, each article's image. */
export async function downloadZip(doc: EpaperDocument, c: ExportChoice, images = false): Promise<string> {
  const json = documentJson(doc);
  // The page image is read again (the panel keeps no copy of its pixels): same URL, same access as for OCR.
  const pageImage = images && doc.meta.imageUrl ? await loadPageRaster(doc.meta.imageUrl) : undefined;
  const files = exportFiles(doc, { per: c.per, json, unreviewedByArticle: c.unreviewedByArticle, markUncertain: c.markUncertain, pageImage, cite: ['csl', 'ris'] });
  const path = `${EXPORT_FOLDER}/${pageFileBase(doc)}.zip`;
  await downloadBlob(path, new Blob([zipFiles(files) as BlobPart], { type: 'application/zip' }), c.saveAs);
  return path;
}

export async function downloadJson(doc: EpaperDocument, saveAs: boolean): Promise<string> {
  const path = `${EXPORT_FOLDER}/${pageFileBase(doc)}.json`;
  await downloadBlob(path, new Blob([documentJson(doc)], { type: 'application/json' }), saveAs);
  return path;
}

/** The page's citations (one record per article) in one file: CSL-JSON for Zotero, or RIS. */
export async function downloadCitation(doc: EpaperDocument, format: CiteFormat, saveAs: boolean): Promise<string> {
  const f = CITE_FILES[format];
  const path = `${EXPORT_FOLDER}/${pageFileBase(doc)}.${f.ext}`;
  await downloadBlob(path, new Blob([f.write([doc])], { type: f.mime }), saveAs);
  return path;
}

/** The page file exactly as the Markdown download writes it for `per` (with its links to article files). */
export async function copyPageMarkdown(doc: EpaperDocument, c: Pick<ExportChoice, 'unreviewedByArticle' | 'markUncertain'> & { per?: ExportPer }): Promise<void> {
  const per = !c.per || c.per === 'article' ? 'page' : c.per;
  const [page] = exportFiles(doc, { per, folder: EXPORT_FOLDER, unreviewedByArticle: c.unreviewedByArticle, markUncertain: c.markUncertain });
  await navigator.clipboard.writeText(page.content as string);
}
