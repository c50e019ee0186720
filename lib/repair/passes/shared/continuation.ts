/**
 * Dangling ends and where they continue, shared by out-of-order (propose the move) and truncated (stay
 * quiet when a continuation exists).
 *
 * A dangling end is a paragraph that stops mid-sentence with nothing in place to continue it: it is the
 * last body block of its article, or the next block opens a paragraph. A continuation is a paragraph that
 * begins like the middle of a sentence: with a mark that cannot start one (`，` `）` lowercase …), or as
 * the first body paragraph of an article whose head (headline/byline) is followed by no dateline. The
 * fragment's vocabulary decides between candidates: a lost opening shares names and terms (people,
 * places) with the article it belongs to rather than with the one it landed in.
 */
import { bodyBlocks, type Article, type Block, type EpaperDocument } from '../../../model/document';
import { firstAfter, onlyHeadBefore, type BodyEntry, HEAD_ROLES } from './ids';
import { endsSentence, isByline, isDateline, isHan, isListOrQuoteStart, looksLikeTitle, startsArticle, startsMidClause } from '../../../text';

export interface Continuation {
  /** The block that stops mid-sentence. */
  dangling: BodyEntry;
  /** Blocks to move (the fragment run, ending with `dangling`), in order. */
  run: BodyEntry[];
  /** The block that continues the sentence. */
  next: BodyEntry;
  /** 0–1 confidence that the run belongs before `next`. */
  confidence: number;
}

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i += 1) if (isHan(chars[i]) && isHan(chars[i + 1])) out.add(chars[i] + chars[i + 1]);
  return out;
}

/** Share of `words` also in `pool`. */
function affinity(words: Set<string>, pool: Set<string>): number {
  if (words.size === 0) return 0;
  let n = 0;
  for (const w of words) if (pool.has(w)) n += 1;
  return n / words.size;
}

/**
 * What the rules below read of one block's own text, kept per block object: a keystroke in a 5 MB paste
 * classifies the article's blocks again, and only the changed one is read by the typography rules.
 */
interface Facts { open: boolean; opens: boolean; midClause: boolean; headLike: boolean; listStart: boolean }
const factsOf = new WeakMap<Block, Facts>();

function facts(b: Block): Facts {
  let f = factsOf.get(b);
  if (!f) {
    const t = b.text;
    f = {
      // Stops mid-sentence, and is no byline, dateline, label, kicker or title.
      open: !endsSentence(t) && !isByline(t) && !isDateline(t) && !(looksLikeTitle(t, 30) && !/[，、；]/u.test(t)),
      opens: startsArticle(t),
      midClause: startsMidClause(t),
      headLike: headLike(b),
      listStart: isListOrQuoteStart(t),
    };
    factsOf.set(b, f);
  }
  return f;
}

export function isDanglingEnd(e: BodyEntry): boolean {
  const { block } = e;
  if (block.role !== 'paragraph' || !facts(block).open) return false;
  const next = firstAfter(e.body, e.index, (b) => b.role !== 'furniture');
  return !next || (next.role === 'paragraph' && facts(next).listStart && !/[：:]\s*$/u.test(block.text));
}

/** Kind of continuation evidence the block's start gives: 2 strong (mid-clause mark), 1 article body without dateline. */
function continuationKind(e: BodyEntry): number {
  const f = facts(e.block);
  if (e.block.role !== 'paragraph' || f.opens) return 0;
  if (f.midClause) return 2;
  // A short title-like line right below the headline and before a dateline is a subtitle, not body.
  const next = e.body[e.index + 1];
  if (f.headLike || (next && facts(next).opens)) return 0;
  const afterHead = onlyHeadBefore(e.body, e.index, (b) => facts(b).headLike);
  return afterHead && !f.listStart ? 1 : 0;
}

/** Part of an article's head: a head role, a byline line, or a short title-like line (subtitle). */
function headLike(b: Block): boolean {
  return HEAD_ROLES.has(b.role) || isByline(b.text) || (!endsSentence(b.text) && looksLikeTitle(b.text.replace(/[，,]/gu, ' '), 40));
}

/**
 * Which body blocks of an article are dangling ends and which are continuation candidates: properties of
 * the article alone, kept per article object (documents share untouched articles), so re-reading a page
 * after a change only classifies the articles that changed.
 */
interface ArticleEnds { body: Block[]; dangling: number[]; candidates: { index: number; kind: number }[]; bigrams?: Set<string> }
const endsOf = new WeakMap<Article, ArticleEnds>();

function articleEnds(article: Article): ArticleEnds {
  let ends = endsOf.get(article);
  if (ends) return ends;
  const body = bodyBlocks(article);
  ends = { body, dangling: [], candidates: [] };
  for (let index = 0; index < body.length; index += 1) {
    const e: BodyEntry = { article, articleIndex: 0, block: body[index], index, body };
    const kind = continuationKind(e);
    if (kind > 0) ends.candidates.push({ index, kind });
    if (isDanglingEnd(e)) ends.dangling.push(index);
  }
  endsOf.set(article, ends);
  return ends;
}

/** Bigrams of the article's whole text (every block), computed once per article object. */
function articleBigrams(article: Article): Set<string> {
  const ends = articleEnds(article);
  return (ends.bigrams ??= bigrams(article.blocks.map((b) => b.text).join('\n')));
}

const found = new WeakMap<EpaperDocument, Continuation[]>();

/** Every dangling end with its best continuation (out-of-order proposes the moves, truncated stays quiet there). */
export function findContinuations(doc: EpaperDocument): Continuation[] {
  const known = found.get(doc);
  if (known) return known;
  const candidates: { entry: BodyEntry; kind: number }[] = [];
  const danglings: BodyEntry[] = [];
  doc.articles.forEach((article, articleIndex) => {
    const ends = articleEnds(article);
    const entry = (index: number): BodyEntry => ({ article, articleIndex, block: ends.body[index], index, body: ends.body });
    for (const c of ends.candidates) candidates.push({ entry: entry(c.index), kind: c.kind });
    for (const i of ends.dangling) danglings.push(entry(i));
  });
  const out: Continuation[] = [];
  const used = new Set<string>();
  for (const dangling of danglings) {
    let best: Continuation | undefined;
    for (const { entry: next, kind } of candidates) {
      if (used.has(next.block.id) || next.block === dangling.body[dangling.index + 1]) continue;
      const same = next.articleIndex === dangling.articleIndex;
      // An article body without dateline continuing a fragment of the same article is no evidence.
      if (kind === 1 && same) continue;
      // In its own article the fragment is the dangling block, whose words are all in that article's text:
      // its affinity is 1 without reading the article (a 5 MB paste is one article).
      const target = same ? undefined : articleBigrams(next.article);
      const run = target ? fragmentRun(dangling, target) : [dangling];
      const runWords = bigrams(run.map((r) => r.block.text).join(''));
      const toTarget = target ? affinity(runWords, target) : runWords.size > 0 ? 1 : 0;
      let toOwn = 0;
      if (target) {
        const runIds = new Set(run.map((r) => r.block.id));
        toOwn = affinity(runWords, bigrams(dangling.article.blocks.filter((b) => !runIds.has(b.id)).map((b) => b.text).join('\n')));
      }
      if (kind === 1 && toTarget <= toOwn) continue;
      const confidence = Math.min(0.85, (kind === 2 ? 0.6 : 0.45) + 0.6 * Math.max(0, toTarget - toOwn));
      if (!best || confidence > best.confidence) best = { dangling, run, next, confidence: Math.round(confidence * 100) / 100 };
    }
    if (best) {
      used.add(best.next.block.id);
      out.push(best);
    }
  }
  found.set(doc, out);
  return out;
}

/**
 * The dangling block plus the paragraphs before it that share more with the target article than with
 * their own; a short label right above the run (a series banner) goes with it.
 */
function fragmentRun(dangling: BodyEntry, target: Set<string>): BodyEntry[] {
  const run: BodyEntry[] = [dangling];
  const own = (skip: Set<Block>) => bigrams(dangling.body.filter((b) => !skip.has(b)).map((b) => b.text).join('\n'));
  for (let i = dangling.index - 1; i >= 0; i -= 1) {
    const block = dangling.body[i];
    const banner = (block.role === 'label' || block.role === 'paragraph') && looksLikeTitle(block.text, 12) && !/[：:]$/u.test(block.text.trim());
    // The banner heads the run: stop there, or a banner that is also a sentence would be listed twice.
    if (banner && run.length > 1) {
      run.unshift({ ...dangling, block, index: i });
      break;
    }
    if (block.role !== 'paragraph' || !endsSentence(block.text) || startsArticle(block.text)) break;
    const skip = new Set<Block>([block, ...run.map((r) => r.block)]);
    const words = bigrams(block.text);
    if (affinity(words, target) <= affinity(words, own(skip))) break;
    run.unshift({ ...dangling, block, index: i });
  }
  return run;
}
