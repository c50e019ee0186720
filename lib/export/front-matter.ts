/**
 * YAML front matter in the shape note tools read as properties (Obsidian Web Clipper's title, source,
 * author, tags), plus what a researcher cites and checks by: the fields of Zotero's *newspaper article*
 * and where the text came from (docs/markdown-format.md lists every key). Written with the `yaml`
 * library so quotes, colons and CJK can never break the block; lib/import reads every key back.
 */
import { stringify } from 'yaml';
import { lowConfidentCoverage, lowCoverage } from '../model/coverage';
import { pageFactsTitle, type Article, type EpaperDocument } from '../model/document';
import { datelineCredit, parseCredits, type Credits } from '../text';
import { articleParts } from './parts';
import { articleQuality, articleRegion, pageQuality, type Quality } from './provenance';

export interface FrontMatterOptions {
  /**
   * Suggestions still waiting for review (for the article, or the page's sum). Undefined when no repair
   * engine looked at the text: the file then says `repair_checked: false` rather than a count of 0.
   */
  unreviewed?: number;
  tags?: string[];
}

/** Links between the files of one export, as Obsidian wiki-links (`[[name]]`, no extension). */
export interface FileLinks {
  /** The page file, from an article file. */
  pageFile?: string;
  /** The article files in article order, from the page file. */
  articleFiles?: string[];
}

/** `[[name|label]]`; the label loses what would end the link early. */
export const wikiLink = (name: string, label?: string): string => {
  const clean = label?.replace(/[[\]|]/g, '').trim();
  return clean && clean !== name ? `[[${name}|${clean}]]` : `[[${name}]]`;
};

/** A tag Obsidian accepts: no spaces or punctuation other than `-`, `_` and `/`. */
const asTag = (s: string): string => s.replace(/[^\p{L}\p{N}_\-/]+/gu, '-').replace(/^-+|-+$/g, '');

/**
 * Credits of every byline of the article, merged in order, then the people the lead's dateline names
 * (`本报讯（记者 张三）`, `本报记者 张三 报道`: the usual credit where a paper prints no byline line), plus the
 * photographers that captions credit in their last sentence (`……满负荷运转。 记者 林晓岚 摄`).
 */
export function articleCredits(article: Article): Credits {
  const all: Credits = { authors: [], photographers: [], contributors: [] };
  const merge = (c: Partial<Credits>) => {
    for (const key of Object.keys(all) as (keyof Credits)[]) for (const n of c[key] ?? []) if (!all[key].includes(n)) all[key].push(n);
  };
  const parts = articleParts(article);
  for (const line of parts.bylines) merge(parseCredits(line));
  const lead = parts.paragraphs[0] && datelineCredit(parts.paragraphs[0].text);
  if (lead) merge(parseCredits(lead));
  for (const cap of parts.captions) merge({ photographers: parseCredits(cap.text.split(/[。！？]/u).pop() ?? '').photographers });
  return all;
}

function quality(q: Quality) {
  return {
    ocr_confidence: q.confidence,
    uncertain_characters: q.uncertainChars,
    repair_checked: q.unreviewed !== undefined,
    unreviewed_suggestions: q.unreviewed,
  };
}

function page(doc: EpaperDocument) {
  const m = doc.meta;
  return {
    newspaper: m.newspaper,
    date: m.date,
    page: m.pageNumber,
    page_name: m.pageName,
    source: m.url,
  };
}

function capture(doc: EpaperDocument) {
  const m = doc.meta;
  return {
    pdf_url: m.pdfUrl,
    image_url: m.imageUrl,
    ocr_engine: m.ocr?.engine,
    ocr_languages: m.ocr?.languages,
    captured: m.capturedAt,
  };
}

function tags(doc: EpaperDocument, opts: FrontMatterOptions): unknown {
  if (opts.tags) return opts.tags;
  const own = doc.meta.frontMatter?.tags; // the user's own tags, as they wrote them
  if (own !== undefined && own !== null && own !== '') return own;
  const paper = doc.meta.newspaper ? asTag(doc.meta.newspaper) : '';
  return paper ? ['epaper', paper] : ['epaper'];
}

/** Drop empty values so the properties panel shows only what is known. */
function compact(obj: Record<string, unknown>): Record<string, unknown> {
  const empty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => !empty(v)));
}

/**
 * The block, then the keys of an imported front matter that epaper-md does not write (a user's notes,
 * `created`, `paper` …) as they were, and a user's `author`, `tags` … where the export has none of its own.
 */
function block(doc: EpaperDocument, obj: Record<string, unknown>): string {
  const ours = compact(obj);
  const own = Object.entries(doc.meta.frontMatter ?? {}).filter(([k]) => !(k in ours));
  return `---\n${stringify({ ...ours, ...Object.fromEntries(own) }, { lineWidth: 0 })}---\n`;
}

export function articleFrontMatter(doc: EpaperDocument, article: Article, opts: FrontMatterOptions & Pick<FileLinks, 'pageFile'> = {}): string {
  const p = articleParts(article);
  const credits = articleCredits(article);
  return block(doc, {
    // The user's title (an imported front matter's) names a one-article file; else the headline does.
    title: (doc.articles.length === 1 && doc.meta.title) || p.headline,
    hotspot_title: article.hotspotTitle,
    kicker: p.kicker,
    subtitle: p.subtitle,
    author: credits.authors,
    photographer: credits.photographers,
    contributors: credits.contributors,
    byline: p.bylines.join(' '),
    ...page(doc),
    source_url: article.href ?? article.publisher?.url,
    region: articleRegion(article),
    text_source: article.textSource ?? 'ocr',
    content_page: article.publisher?.outcome,
    ocr_cer: article.publisher?.ocrCer,
    ...capture(doc),
    // Written only when text may be missing: its presence is the warning (the JSON keeps every measurement).
    ocr_coverage: lowCoverage(article) ? article.ocrCoverage : undefined,
    ocr_confident_coverage: lowConfidentCoverage(article) ? article.ocrConfidentCoverage : undefined,
    ...quality(articleQuality(article, opts.unreviewed)),
    page_file: opts.pageFile ? wikiLink(opts.pageFile) : undefined,
    tags: tags(doc, opts),
  });
}

export function pageTitle(doc: EpaperDocument): string {
  const m = doc.meta;
  if (m.title) return m.title; // the user's own (a hand-written front matter's), over anything derived
  // Pasted text has no page facts: its first headline names it (as the panel's Recent pages do), not the tool.
  return pageFactsTitle(m) || doc.articles.map((a) => articleParts(a).headline).find(Boolean) || 'epaper-md';
}

export function pageFrontMatter(doc: EpaperDocument, opts: FrontMatterOptions & Pick<FileLinks, 'articleFiles'> = {}): string {
  const headlines = doc.articles.map((a) => articleParts(a).headline);
  const articles = opts.articleFiles ? opts.articleFiles.map((f, i) => wikiLink(f, headlines[i])) : headlines.filter(Boolean);
  const sources = [...new Set(doc.articles.map((a) => a.textSource ?? 'ocr'))];
  return block(doc, {
    title: pageTitle(doc),
    ...page(doc),
    text_source: sources.length === 1 ? sources[0] : 'both',
    ...capture(doc),
    ...quality(pageQuality(doc, opts.unreviewed)),
    articles,
    tags: tags(doc, opts),
  });
}
