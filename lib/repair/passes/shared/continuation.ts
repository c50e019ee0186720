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
import type { Block, EpaperDocument } from '../../../model/document';
import { bodyEntries, type BodyEntry, HEAD_ROLES } from './ids';
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

export function isDanglingEnd(e: BodyEntry): boolean {
  const { block } = e;
  if (block.role !== 'paragraph' || endsSentence(block.text) || isByline(block.text) || isDateline(block.text)) return false;
  if (looksLikeTitle(block.text, 30) && !/[，、；]/u.test(block.text)) return false; // label, kicker or title
  const next = e.body.slice(e.index + 1).find((b) => b.role !== 'furniture');
  return !next || (next.role === 'paragraph' && isListOrQuoteStart(next.text) && !/[：:]\s*$/u.test(block.text));
}

/** Kind of continuation evidence the block's start gives: 2 strong (mid-clause mark), 1 article body without dateline. */
function continuationKind(e: BodyEntry): number {
  if (e.block.role !== 'paragraph' || startsArticle(e.block.text)) return 0;
  if (startsMidClause(e.block.text)) return 2;
  // A short title-like line right below the headline and before a dateline is a subtitle, not body.
  const next = e.body[e.index + 1];
  if (headLike(e.block) || (next && startsArticle(next.text))) return 0;
  const before = e.body.slice(0, e.index);
  const afterHead = before.length > 0 && before.some((b) => b.role === 'headline') && before.every(headLike);
  return afterHead && !isListOrQuoteStart(e.block.text) ? 1 : 0;
}

/** Part of an article's head: a head role, a byline line, or a short title-like line (subtitle). */
function headLike(b: Block): boolean {
  return HEAD_ROLES.has(b.role) || isByline(b.text) || (!endsSentence(b.text) && looksLikeTitle(b.text.replace(/[，,]/gu, ' '), 40));
}

export function findContinuations(doc: EpaperDocument): Continuation[] {
  const entries = bodyEntries(doc);
  const candidates = entries.filter((e) => continuationKind(e) > 0);
  const articleWords = doc.articles.map((a) => a.blocks.map((b) => b.text).join('\n'));
  const found: Continuation[] = [];
  const used = new Set<string>();
  for (const dangling of entries.filter(isDanglingEnd)) {
    let best: Continuation | undefined;
    for (const next of candidates) {
      if (used.has(next.block.id) || next.block === dangling.body[dangling.index + 1]) continue;
      const run = next.articleIndex === dangling.articleIndex ? [dangling] : fragmentRun(dangling, articleWords[next.articleIndex]);
      const runWords = bigrams(run.map((r) => r.block.text).join(''));
      const runIds = new Set(run.map((r) => r.block.id));
      const ownRest = dangling.article.blocks.filter((b) => !runIds.has(b.id)).map((b) => b.text).join('\n');
      const toTarget = affinity(runWords, bigrams(articleWords[next.articleIndex]));
      const toOwn = next.articleIndex === dangling.articleIndex ? 0 : affinity(runWords, bigrams(ownRest));
      const kind = continuationKind(next);
      // An article body without dateline continuing a fragment of the same article is no evidence.
      if (kind === 1 && (toTarget <= toOwn || next.articleIndex === dangling.articleIndex)) continue;
      const confidence = Math.min(0.85, (kind === 2 ? 0.6 : 0.45) + 0.6 * Math.max(0, toTarget - toOwn));
      if (!best || confidence > best.confidence) best = { dangling, run, next, confidence: Math.round(confidence * 100) / 100 };
    }
    if (best) {
      used.add(best.next.block.id);
      found.push(best);
    }
  }
  return found;
}

/**
 * The dangling block plus the paragraphs before it that share more with the target article than with
 * their own; a short label right above the run (a series banner) goes with it.
 */
function fragmentRun(dangling: BodyEntry, targetText: string): BodyEntry[] {
  const target = bigrams(targetText);
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
