/**
 * A whole issue (several pages of one newspaper on one day): every page's files as `exportFiles` writes
 * them, one index file that links each page file and its article files (Obsidian wiki-links, so the
 * issue opens as a table of contents), and the issue's citations in one file per format.
 */
import type { EpaperDocument } from '../model/document';
import { escapeMarkdown } from './escape';
import { DEFAULT_ISSUE_TEMPLATE, fillTemplate, folderPrefix, uniqueFileName } from './file-names';
import { CITE_FILES, exportFiles, type ExportFile, type ExportOptions } from './files';
import { pageTitle, wikiLink } from './front-matter';
import { stringify } from 'yaml';

export interface IssueOptions extends Omit<ExportOptions, 'unreviewedByArticle' | 'json' | 'pageImage'> {
  /** Per page (same order as the pages): unreviewed counts by article id, when a repair engine ran. */
  unreviewedByPage?: (Record<string, number> | undefined)[];
}

export class IssueExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IssueExportError';
  }
}

const stem = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/, '');

/** Refuses pages of different newspapers or days: their index would name an issue that does not exist. */
function issueFacts(pages: EpaperDocument[]): { newspaper?: string; date?: string } {
  if (!pages.length) throw new IssueExportError('an issue export needs at least one page');
  const { newspaper, date } = pages[0].meta;
  for (const p of pages) {
    if (p.meta.newspaper !== newspaper || p.meta.date !== date) {
      throw new IssueExportError(`the pages are not one issue: ${newspaper ?? '?'} ${date ?? '?'} and ${p.meta.newspaper ?? '?'} ${p.meta.date ?? '?'}; export them one page at a time`);
    }
  }
  return { newspaper, date };
}

export function exportIssue(pages: EpaperDocument[], opts: IssueOptions = {}): ExportFile[] {
  const { newspaper, date } = issueFacts(pages);
  const folder = folderPrefix(opts.folder);
  const per = opts.per ?? 'both';
  const files: ExportFile[] = [];
  const index: string[] = [];
  const pageLinks: string[] = [];
  pages.forEach((doc, i) => {
    const own = exportFiles(doc, { ...opts, per, cite: undefined, unreviewedByArticle: opts.unreviewedByPage?.[i] });
    files.push(...own);
    const md = own.filter((f) => f.path.endsWith('.md')).map((f) => stem(f.path));
    const pageFile = per === 'article' ? undefined : md.shift();
    const label = pageTitle({ ...doc, meta: { ...doc.meta, newspaper: undefined, date: undefined } });
    if (pageFile) pageLinks.push(wikiLink(pageFile, label));
    index.push(`## ${pageFile ? wikiLink(pageFile, label) : escapeMarkdown(label)}`);
    // The publisher's own page, for checking a reading against the print (URL parsers percent-encode < and >).
    const links = [doc.meta.url && /^https?:/.test(doc.meta.url) ? `[web](<${doc.meta.url}>)` : '', doc.meta.pdfUrl ? `[PDF](<${doc.meta.pdfUrl}>)` : ''].filter(Boolean);
    if (links.length) index.push(links.join(' · '));
    const headlines = doc.articles.map((a) => a.hotspotTitle ?? a.blocks.find((b) => b.role === 'headline' && !b.setAside)?.text);
    if (md.length) index.push(md.map((name, k) => `- ${wikiLink(name, headlines[k])}`).join('\n'));
  });
  const title = [newspaper, date].filter(Boolean).join(' ') || 'epaper-md';
  const base = fillTemplate(DEFAULT_ISSUE_TEMPLATE, { date, newspaper }) || 'epaper-md';
  const taken = new Set(files.map((f) => f.path.slice(folder.length).toLowerCase()));
  const front = Object.fromEntries(Object.entries({ title, newspaper, date, pages: pageLinks, tags: ['epaper', 'epaper-issue'] }).filter(([, v]) => v !== undefined && !(Array.isArray(v) && !v.length)));
  const content = `---\n${stringify(front, { lineWidth: 0 })}---\n\n# ${escapeMarkdown(title)}\n\n${index.join('\n\n')}\n`;
  files.unshift({ path: folder + uniqueFileName(base, 'md', taken), content, mime: 'text/markdown;charset=utf-8' });
  for (const format of opts.cite ?? []) {
    const f = CITE_FILES[format];
    files.push({ path: folder + uniqueFileName(base, f.ext, taken), content: f.write(pages), mime: f.mime });
  }
  return files;
}
