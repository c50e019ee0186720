/**
 * The document as JSON (`--format json`, the export's .json file): the model itself plus, on each article,
 * derived plain fields (`headline`, `paragraphs` …) so scripts can read a page without knowing block roles.
 * `fromJson` validates with zod and names the exact path of the first problems; the derived fields are
 * ignored on the way in (the blocks are the truth).
 *
 * Schema versions: fields that are optional and mean nothing new to an older reader (provenance such as
 * `hotspotTitle`, `textSource`, `recorded`) are added within the same `schema`; the number changes only
 * when a field changes meaning or becomes required, and then `fromJson` names the version it reads.
 */
import { z } from 'zod';
import { BLOCK_ROLES, PUBLISHER_OUTCOMES, SCHEMA_VERSION, TEXT_SOURCES, bodyBlocks, type Article, type Block, type EpaperDocument } from './document';

export interface ArticleJson extends Article {
  kicker: string | null;
  headline: string | null;
  subtitle: string | null;
  byline: string | null;
  paragraphs: string[];
  captions: string[];
}

export interface DocumentJson extends Omit<EpaperDocument, 'articles'> {
  articles: ArticleJson[];
}

function firstText(blocks: Block[], role: Block['role']): string | null {
  return blocks.find((b) => b.role === role)?.text ?? null;
}

export function toJson(doc: EpaperDocument): DocumentJson {
  return {
    schema: doc.schema,
    meta: doc.meta,
    articles: doc.articles.map((article) => {
      const body = bodyBlocks(article);
      return {
        ...article,
        kicker: firstText(body, 'kicker'),
        headline: firstText(body, 'headline'),
        subtitle: firstText(body, 'subtitle'),
        byline: firstText(body, 'byline'),
        paragraphs: body.filter((b) => b.role === 'paragraph').map((b) => b.text),
        captions: body.filter((b) => b.role === 'caption').map((b) => b.text),
      };
    }),
  };
}

const bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
const word = z.object({ text: z.string(), bbox, confidence: z.number() });
const line = z.object({ text: z.string(), bbox, confidence: z.number(), words: z.array(word).optional() });
const source = z.object({
  regionId: z.string().optional(),
  bbox: bbox.optional(),
  confidence: z.number().min(0).max(100).optional(),
  lines: z.array(line).optional(),
  origin: z.literal('publisher').optional(),
});
const role = z.enum(BLOCK_ROLES);
const block: z.ZodType<Block> = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    role,
    text: z.string(),
    raw: z.string(),
    source: source.optional(),
    setAside: z.object({ kind: z.string(), reason: z.string(), previousRole: role }).optional(),
    flags: z.array(z.object({ kind: z.string(), at: z.number().int().min(0).optional(), note: z.string() })).optional(),
    mergedFrom: z.array(block).optional(),
    alternative: z.object({ origin: z.literal('ocr'), text: z.string() }).optional(),
  }),
);
const recorded = z.object({
  region: bbox.optional(),
  confidence: z.number().min(0).max(100).optional(),
  uncertainChars: z.number().int().min(0).optional(),
  unreviewed: z.number().int().min(0).optional(),
});
const article = z.object({
  id: z.string().min(1),
  regionId: z.string().optional(),
  href: z.string().optional(),
  hotspotTitle: z.string().optional(),
  textSource: z.enum(TEXT_SOURCES).optional(),
  ocrCoverage: z.number().min(0).max(1).optional(),
  ocrConfidentCoverage: z.number().min(0).max(1).optional(),
  publisher: z
    .object({ url: z.string(), outcome: z.enum(PUBLISHER_OUTCOMES), reader: z.string().optional(), detail: z.string().optional(), ocrCer: z.number().min(0).optional() })
    .optional(),
  recorded: recorded.optional(),
  blocks: z.array(block),
});
const meta = z.object({
  newspaper: z.string().optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD').optional(),
  pageNumber: z.string().optional(),
  pageName: z.string().optional(),
  url: z.string().optional(),
  imageUrl: z.string().optional(),
  pdfUrl: z.string().optional(),
  imageSize: z.object({ width: z.number().positive(), height: z.number().positive() }).optional(),
  capturedAt: z.string().optional(),
  ocr: z.object({ engine: z.string(), languages: z.array(z.string()) }).optional(),
  importedFrom: z.string().optional(),
  recorded: recorded.omit({ region: true }).optional(),
  title: z.string().optional(),
  frontMatter: z.record(z.string(), z.unknown()).optional(),
  readAcrossColumns: z.object({ lines: z.number().int().min(1), firstLine: z.number().int().min(1) }).optional(),
});
const documentSchema = z.object({ schema: z.literal(SCHEMA_VERSION), meta, articles: z.array(article) });

export class DocumentJsonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentJsonError';
  }
}

function pathOf(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(document)';
}

/**
 * How deep `mergedFrom` (the blocks a merge replaced, which may themselves be merges) may nest. Each
 * level is one merge of merges; real documents stay in single digits, and validating a deeper chain
 * recursively would overflow the stack.
 */
export const MAX_MERGE_DEPTH = 100;

/** The first block whose `mergedFrom` chain nests deeper than MAX_MERGE_DEPTH, found without recursion. */
function tooDeep(value: unknown): string | undefined {
  const articles = (value as { articles?: unknown }).articles;
  if (!Array.isArray(articles)) return undefined;
  for (const [ai, article] of articles.entries()) {
    const blocks = (article as { blocks?: unknown } | null)?.blocks;
    if (!Array.isArray(blocks)) continue;
    for (const [bi, start] of blocks.entries()) {
      const stack: [unknown, number][] = [[start, 0]];
      while (stack.length) {
        const [block, depth] = stack.pop()!;
        if (depth > MAX_MERGE_DEPTH) return `articles[${ai}].blocks[${bi}].mergedFrom nests more than ${MAX_MERGE_DEPTH} merges deep (limit ${MAX_MERGE_DEPTH})`;
        const from = (block as { mergedFrom?: unknown } | null)?.mergedFrom;
        if (Array.isArray(from)) for (const b of from) stack.push([b, depth + 1]);
      }
    }
  }
  return undefined;
}

/** Parses a JSON value (already `JSON.parse`d) into a document, or throws DocumentJsonError naming the paths. */
export function fromJson(value: unknown): EpaperDocument {
  if (value && typeof value === 'object' && 'schema' in value && value.schema !== SCHEMA_VERSION) {
    throw new DocumentJsonError(`unsupported document schema ${JSON.stringify(value.schema)}; this version reads schema ${SCHEMA_VERSION}`);
  }
  const deep = value && typeof value === 'object' ? tooDeep(value) : undefined;
  if (deep) throw new DocumentJsonError(`not an epaper-md document: ${deep}`);
  const parsed = documentSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${pathOf(i.path)}: ${i.message}`);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    throw new DocumentJsonError(`not an epaper-md document: ${issues.join('; ')}${more}`);
  }
  const ids = new Set<string>();
  for (const a of parsed.data.articles) {
    for (const id of [a.id, ...a.blocks.map((b) => b.id)]) {
      if (ids.has(id)) throw new DocumentJsonError(`not an epaper-md document: id "${id}" is used twice`);
      ids.add(id);
    }
  }
  return parsed.data as EpaperDocument;
}

/** One article (streamed from the panel's page reader worker) checked like a document's, or DocumentJsonError naming the path. */
export function articleFromJson(value: unknown): Article {
  const deep = tooDeep({ articles: [value] });
  if (deep) throw new DocumentJsonError(`not an epaper-md article: ${deep.replace(/^articles\[0\]\./, '')}`);
  const parsed = article.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DocumentJsonError(`not an epaper-md article: ${pathOf(first.path)}: ${first.message}`);
  }
  return parsed.data as Article;
}
