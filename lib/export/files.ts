/**
 * The set of files one export produces — per article, per page, or both — with their names, ready for
 * `browser.downloads` (extension), the file system (CLI) or a zip. Pure: no I/O here.
 */
import type { Raster } from '../image/raster';
import type { Article, EpaperDocument } from '../model/document';
import { articleImagePng, checkPageImage } from './article-images';
import { articleParts } from './parts';
import { articleToMarkdown, pageToMarkdown, type MarkdownOptions } from './markdown';
import { DEFAULT_ARTICLE_TEMPLATE, DEFAULT_PAGE_TEMPLATE, fillTemplate, folderPrefix, uniqueFileName } from './file-names';
import { cslJson } from './csl';
import { risFile } from './ris';
import { unreviewedOnPage } from './unreviewed';

/** Citation files for reference managers: CSL-JSON (Zotero, Pandoc) and RIS (EndNote, Citavi). */
export type CiteFormat = 'csl' | 'ris';
export const CITE_FILES: Record<CiteFormat, { ext: string; mime: string; write: (docs: EpaperDocument[]) => string }> = {
  csl: { ext: 'csl.json', mime: 'application/vnd.citationstyles.csl+json', write: cslJson },
  ris: { ext: 'ris', mime: 'application/x-research-info-systems', write: risFile },
};

export type ExportPer = 'article' | 'page' | 'both';

export interface ExportOptions extends MarkdownOptions {
  per?: ExportPer;
  articleTemplate?: string;
  pageTemplate?: string;
  /** Sub-folder inside the downloads folder / output directory. Empty: none. */
  folder?: string;
  /**
   * Unreviewed suggestion counts by article id (for front matter), from the repair engine. Leave it out
   * when no engine looked at the document: the files then say so instead of counting 0.
   */
  unreviewedByArticle?: Record<string, number>;
  /** Also write the page's citations in these formats (one record per article). */
  cite?: CiteFormat[];
  /** Add the document JSON (`documentJson`) as a file. */
  json?: string;
  /** The page image: adds each article's part of it as `images/<article file name>.png` (for the zip). */
  pageImage?: Raster;
}

export interface ExportFile {
  /** Relative path, `/`-separated (folder + name). */
  path: string;
  content: string | Uint8Array;
  mime: string;
}

function templateVars(doc: EpaperDocument, title?: string, index?: number): Record<string, string | undefined> {
  const m = doc.meta;
  return {
    date: m.date,
    newspaper: m.newspaper,
    page: m.pageNumber ? `第${m.pageNumber}版` : undefined,
    pageNumber: m.pageNumber,
    pageName: m.pageName,
    title,
    index: index === undefined ? undefined : String(index + 1).padStart(2, '0'),
  };
}

/** When a page has no facts to name it by (pasted text): the tool's name, as the download folder is called. */
const FALLBACK_PAGE_NAME = 'epaper-md';

/**
 * The name (no extension) of everything that stands for the whole page: the page Markdown file, the JSON,
 * the zip. `2024-05-16-江岚日报-第03版-要闻`, sanitised; never empty.
 */
export function pageFileBase(doc: EpaperDocument, template = DEFAULT_PAGE_TEMPLATE): string {
  return fillTemplate(template, templateVars(doc, doc.meta.pageName)) || FALLBACK_PAGE_NAME;
}

/**
 * The title an article's file is named after: the publisher's (hotspot) title when the page gave one — it
 * is spelled right where OCR may have misread the headline (履盖 for 覆盖); else the headline, else the
 * start of its first kept block. The front matter records both titles.
 */
const articleTitle = (article: Article): string | undefined =>
  article.hotspotTitle || articleParts(article).headline || article.blocks.find((b) => !b.setAside)?.text.slice(0, 20);

const stem = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');

export function exportFiles(doc: EpaperDocument, opts: ExportOptions = {}): ExportFile[] {
  const per = opts.per ?? 'article';
  const folder = folderPrefix(opts.folder);
  const taken = new Set<string>();
  const files: ExportFile[] = [];
  const unreviewed = opts.unreviewedByArticle;
  const md = 'text/markdown;charset=utf-8';
  // An article's Markdown file and its image share this name (before numbering).
  const articleBase = (article: Article, i: number) => fillTemplate(opts.articleTemplate ?? DEFAULT_ARTICLE_TEMPLATE, templateVars(doc, articleTitle(article), i));
  // Names first, so the page file and its article files can link to each other.
  const pagePath = per === 'page' || per === 'both' ? folder + uniqueFileName(pageFileBase(doc, opts.pageTemplate), 'md', taken) : undefined;
  const articlePaths = per === 'article' || per === 'both' ? doc.articles.map((a, i) => folder + uniqueFileName(articleBase(a, i), 'md', taken)) : undefined;
  if (pagePath) {
    const content = pageToMarkdown(doc, { ...opts, unreviewed: unreviewed && unreviewedOnPage(unreviewed), articleFiles: articlePaths?.map(stem) });
    files.push({ path: pagePath, content, mime: md });
  }
  articlePaths?.forEach((path, i) => {
    const article = doc.articles[i];
    const content = articleToMarkdown(doc, article, { ...opts, unreviewed: unreviewed && (unreviewed[article.id] ?? 0), pageFile: pagePath && stem(pagePath) });
    files.push({ path, content, mime: md });
  });
  if (opts.pageImage) {
    const page = opts.pageImage;
    checkPageImage(doc, page);
    doc.articles.forEach((article, i) => {
      const png = articleImagePng(article, page);
      if (png) files.push({ path: `${folder}images/${uniqueFileName(articleBase(article, i), 'png', taken)}`, content: png, mime: 'image/png' });
    });
  }
  if (opts.json) {
    files.push({ path: folder + uniqueFileName(pageFileBase(doc, opts.pageTemplate), 'json', taken), content: opts.json, mime: 'application/json' });
  }
  for (const format of opts.cite ?? []) {
    const f = CITE_FILES[format];
    files.push({ path: folder + uniqueFileName(pageFileBase(doc, opts.pageTemplate), f.ext, taken), content: f.write([doc]), mime: f.mime });
  }
  return files;
}
