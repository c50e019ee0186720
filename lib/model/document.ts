/**
 * The document model every part of epaper-md shares: a page (metadata) holding articles, an article a
 * sequence of blocks with a role. OCR, the repair engine, the editor and the exporters all read and
 * write this shape; the JSON export (`schema`) is this model serialised.
 *
 * Nothing is ever deleted: a block that is taken out of the body is kept with `setAside` filled in, and
 * `raw` always holds the text exactly as it arrived (OCR or import), so every change is restorable.
 */
import { maxOf, minOf } from './big-arrays';

export const SCHEMA_VERSION = 1 as const;

/** The heading written for an article without a headline; reading a file back, it means "none". */
export const NO_HEADLINE = '（无标题）';

/**
 * An OCR word below this confidence (0–100) is one a reader should check: the editor marks it and the
 * export counts it as uncertain.
 */
export const LOW_CONFIDENCE = 70;

/** [x0, y0, x1, y1] in natural pixels of the page image (x1/y1 exclusive). */
export type BBox = [number, number, number, number];

export const BLOCK_ROLES = [
  'kicker', // 引题: short line above the headline
  'headline', // 主题
  'subtitle', // 副题: line right below the headline
  'byline', // author / dateline line (■本报记者 …)
  'paragraph',
  'caption', // photo caption or credit
  'label', // column banner, series label, section tag
  'furniture', // running head/foot, page number, jump line (下转第3版), editor credits
] as const;
export type BlockRole = (typeof BLOCK_ROLES)[number];

/** Where a block's text came from, so the editor can show it on the page image. */
export interface BlockSource {
  /** Id of the article region (image-map hotspot) the text was read from. */
  regionId?: string;
  /** Bounding box on the page image, natural pixels. */
  bbox?: BBox;
  /** Mean OCR confidence 0–100 (tesseract's scale). Absent for imported text. */
  confidence?: number;
  /** Per-line boxes and confidences, when the block came from OCR lines. */
  lines?: LineSource[];
  /** 'publisher': the text is the publisher's own (its content page), not read from the image; absent means OCR or import. */
  origin?: 'publisher';
}

export interface LineSource {
  text: string;
  bbox: BBox;
  confidence: number;
  /** Character-level confidence where OCR gave it: one entry per word. */
  words?: { text: string; bbox: BBox; confidence: number }[];
}

/** Why a block is out of the body (still kept, restorable). */
export interface SetAside {
  /** The suggestion kind or user action that set it aside, e.g. 'caption', 'duplicate', 'user'. */
  kind: string;
  reason: string;
  /** Role the block had before it was set aside, to restore it. */
  previousRole: BlockRole;
}

export interface Block {
  /** Stable id, unique in the document. */
  id: string;
  role: BlockRole;
  /** Current text (after repairs and edits). */
  text: string;
  /** Text as it first arrived (OCR output or imported source). Never changed after creation. */
  raw: string;
  source?: BlockSource;
  /** Present when the block is out of the body; the block keeps its place for context. */
  setAside?: SetAside;
  /** Marks for the reader: e.g. `gap` where a duplicate was removed, `truncated` at a lost ending. */
  flags?: BlockFlag[];
  /**
   * Blocks that were joined into this one (a sentence split across a column break), oldest first, each
   * as it was at the moment of the join — so a join can be shown, explained and undone without loss.
   */
  mergedFrom?: Block[];
  /** The same text as another source read it: OCR's reading of a block whose text is the publisher's (`--text both`). */
  alternative?: { origin: 'ocr'; text: string };
}

export interface BlockFlag {
  kind: 'gap' | 'truncated' | 'low-confidence' | 'moved' | string;
  /** Character offset in `text` the flag points at (end of text when absent). */
  at?: number;
  note: string;
}

/** Where an article's text came from: our OCR of the page image, the publisher's own text page, or both merged. */
export const TEXT_SOURCES = ['ocr', 'publisher', 'both'] as const;
export type TextSource = (typeof TEXT_SOURCES)[number];

/** What happened to an article's content page: its text was used, or why OCR stands in for it. */
export const PUBLISHER_OUTCOMES = ['used', 'failed', 'empty', 'image-only', 'garbled', 'refused'] as const;
export type PublisherOutcome = (typeof PUBLISHER_OUTCOMES)[number];

export interface PublisherFacts {
  /** The content page asked for (the hotspot's link). */
  url: string;
  outcome: PublisherOutcome;
  /** Which content reader read the page ('founder', 'peoples-daily', 'generic'), when its text was used. */
  reader?: string;
  /** Why it 'failed' (HTTP status, timeout …) or was 'refused' (a link the run may not follow), in English. */
  detail?: string;
  /** Character error rate 0–1 of our OCR against the publisher's text, when both were read. */
  ocrCer?: number;
}

/**
 * Facts an exported file recorded about an article or a page that its blocks can no longer tell once the
 * file is imported again (imported blocks carry no OCR boxes or confidences). Exporters prefer what the
 * blocks say and fall back to these, so a file exported, imported and exported again says the same.
 */
export interface RecordedFacts {
  /** The article's box on the page image, page pixels. */
  region?: BBox;
  /** Mean OCR confidence 0–100. */
  confidence?: number;
  /** Characters OCR was unsure of (below LOW_CONFIDENCE) and nobody changed since. */
  uncertainChars?: number;
  /** Suggestions left for review; absent when no repair engine looked at the text. */
  unreviewed?: number;
}

export interface Article {
  id: string;
  /** Region (hotspot) this article was read from, when it came from OCR. */
  regionId?: string;
  /** Link of the article's hotspot, when the e-paper page has one: usually the publisher's text page. */
  href?: string;
  /**
   * The hotspot's (or the publisher's article list's) title, when the page gives one: the publisher's own
   * spelling of the headline, kept beside the OCR'd one and preferred for the file name.
   */
  hotspotTitle?: string;
  /** Where the text came from; absent means OCR (or, for an imported file, whatever produced it). */
  textSource?: TextSource;
  /** Share 0–1 of the region's ink that recognised lines cover (each as far as its characters explain), when the OCR measured it. */
  ocrCoverage?: number;
  /** The same ink, each line's share counted by how sure OCR was of its characters (lib/model/coverage.ts confidentShare). */
  ocrConfidentCoverage?: number;
  /** The publisher's content page for this article, when one was asked for (`--text publisher|both`). */
  publisher?: PublisherFacts;
  recorded?: RecordedFacts;
  blocks: Block[];
}

export interface PageMeta {
  newspaper?: string;
  /** ISO date YYYY-MM-DD. */
  date?: string;
  /** e.g. "03" or "A2". */
  pageNumber?: string;
  /** e.g. "要闻". */
  pageName?: string;
  /** URL of the e-paper page. */
  url?: string;
  imageUrl?: string;
  pdfUrl?: string;
  /** Natural size of the page image. */
  imageSize?: { width: number; height: number };
  /** ISO timestamp of capture/import. */
  capturedAt?: string;
  ocr?: { engine: string; languages: string[] };
  /** Where the text came from when not OCR'd by us: 'markdown', 'text', 'json'. */
  importedFrom?: string;
  /** What an exported page file recorded about the whole page (see RecordedFacts). */
  recorded?: Omit<RecordedFacts, 'region'>;
  /**
   * The page's own title from an imported front matter (the user's `title:`), which names the page over
   * the paper, date and first headline. Absent when the title was one epaper-md derived.
   */
  title?: string;
  /**
   * The keys of an imported front matter that epaper-md does not write itself (a user's notes, ratings,
   * `created`, `paper`; and `tags`, `author`… as the user wrote them), kept as they were so every export
   * writes them back.
   */
  frontMatter?: Record<string, unknown>;
  /**
   * The imported text's lines seem read straight across a page's columns (an OCR tool run on the whole
   * page): `lines` of them, from line `firstLine` (1-based) of the input. Its columns interleave, which
   * no repair can reliably undo: the user is told to read per column or article, or to OCR the image.
   */
  readAcrossColumns?: { lines: number; firstLine: number };
}

/**
 * The title a page's facts give it: `梧川日报 2025-04-09 第01版：要闻`, or '' when it has none (pasted text).
 * The export writes it as a page file's title; the importer tells it from a title the user wrote.
 */
export function pageFactsTitle(m: PageMeta): string {
  const page = m.pageNumber ? `第${m.pageNumber}版${m.pageName ? `：${m.pageName}` : ''}` : (m.pageName ?? '');
  return [m.newspaper, m.date, page].filter(Boolean).join(' ');
}

export interface EpaperDocument {
  schema: typeof SCHEMA_VERSION;
  meta: PageMeta;
  articles: Article[];
}

/**
 * Union of the boxes of an article's blocks (page pixels): the crop the editor shows beside the text and
 * the export cuts from the page image. Null when no block has a box (pasted text).
 */
export function articleBox(article: Article): BBox | null {
  const boxes = article.blocks.map((b) => b.source?.bbox).filter((b): b is BBox => !!b);
  if (!boxes.length) return null;
  return [minOf(boxes.map((b) => b[0])), minOf(boxes.map((b) => b[1])), maxOf(boxes.map((b) => b[2])), maxOf(boxes.map((b) => b[3]))];
}

/** Ids in use outside a document; `nextFree(prefix, n)`: the first number from `n` on whose id is not among them. */
export interface IdsTaken {
  (id: string): boolean;
  nextFree?: (prefix: string, n: number) => number;
}

/**
 * A fresh id with the prefix that no block or article of the document uses yet (deterministic). `taken`
 * adds ids used outside `doc` (the repair engine applies some operations to one article of a page).
 */
export function uniqueId(doc: EpaperDocument, prefix: string, taken?: IdsTaken): string {
  const used = new Set<string>();
  for (const a of doc.articles) {
    used.add(a.id);
    for (const b of a.blocks) used.add(b.id);
  }
  let n = used.size + 1;
  for (;;) {
    // Past the numbers `taken` knows are taken: the same answer as trying each one.
    if (taken?.nextFree) n = taken.nextFree(prefix, n);
    if (!used.has(`${prefix}${n}`) && !taken?.(`${prefix}${n}`)) return `${prefix}${n}`;
    n += 1;
  }
}

/**
 * The body of each article object, while its `blocks` array is the same one with the same length: every
 * repair pass asks for it in every round, and reading `setAside` off blocks of many shapes cost more than
 * the passes' own reading of short articles. Frozen, since every caller shares it.
 */
const bodyOf = new WeakMap<Article, { blocks: Block[]; length: number; body: Block[] }>();

/** Blocks that belong to the reading body (not set aside). */
export function bodyBlocks(article: Article): Block[] {
  const known = bodyOf.get(article);
  if (known && known.blocks === article.blocks && known.length === article.blocks.length) return known.body;
  const body: Block[] = [];
  for (const b of article.blocks) if (!b.setAside) body.push(b);
  Object.freeze(body);
  bodyOf.set(article, { blocks: article.blocks, length: article.blocks.length, body });
  return body;
}
