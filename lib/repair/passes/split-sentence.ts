/**
 * §1 Sentence split across a column or block break.
 *
 * Rule: a paragraph that does not end with sentence-final punctuation (`。！？…` or a closing quote or
 * bracket) continues in the next paragraph of the same article, unless the next one opens a paragraph
 * or an article (dateline, byline, list marker, opening quote). Open brackets (`《与时` …) and a
 * clause mark at the end (`，` `、`) make it near-certain; a colon usually introduces a list or
 * quotation and stays low. Short punctuation-free blocks look like titles or labels and are left to
 * the headline/set-aside passes. A photo caption (`…。 记者 李文 摄`, `新华社发`) ends at its credit: nothing is
 * joined out of or into one. Join with no space between CJK, one space between Latin words.
 */
import type { Block } from '../../model/document';
import type { RepairPass, Suggestion } from '../types';
import { bodyBlocks } from '../../model/document';
import { suggestionId } from './shared/ids';
import {
  CLAUSE_MARKS, endsSentence, isByline, isListOrQuoteStart, isPhotoCaption, joinSeparator, lastChar, looksLikeTitle,
  openBrackets, startsArticle, startsMidClause,
} from '../../text';
import { maxOf } from '../../model/big-arrays';

export const meta = {
  kind: 'split-sentence',
  title: { zh: '断开的句子', en: 'Split sentence' },
  description: {
    zh: '段落末尾没有句末标点、下一段又不像新段落时，把两段接成一句。',
    en: 'Joins a paragraph that ends without sentence-final punctuation with the next one when that does not open a paragraph.',
  },
} as const;

/** Does the last OCR line run to the full measure? A short last line means the paragraph really ended. */
function lastLineIsFull(block: Block): boolean | undefined {
  const lines = block.source?.lines;
  if (!lines || lines.length < 2) return undefined;
  const widest = maxOf(lines.map((l) => l.bbox[2] - l.bbox[0]));
  const last = lines[lines.length - 1].bbox;
  return last[2] - last[0] >= 0.85 * widest;
}

/** Confidence that `first` continues in `next`, or 0 when it should not fire. */
function splitConfidence(first: Block, next: Block): number {
  if (first.role !== 'paragraph' || next.role !== 'paragraph') return 0;
  if (endsSentence(first.text) || isByline(first.text) || startsArticle(next.text)) return 0;
  if (isPhotoCaption(first.text) || isPhotoCaption(next.text)) return 0;
  const last = lastChar(first.text) ?? '';
  const unbalanced = openBrackets(first.text).length > 0;
  if (last === '：' || last === ':') return isListOrQuoteStart(next.text) ? 0 : 0.5;
  const titleLike = looksLikeTitle(first.text, 20) && !CLAUSE_MARKS.has(last);
  if (titleLike && !unbalanced && !startsMidClause(next.text)) return 0;
  if (isListOrQuoteStart(next.text)) return unbalanced ? 0.6 : 0.4;
  let confidence = CLAUSE_MARKS.has(last) || unbalanced || startsMidClause(next.text) ? 0.93 : 0.85;
  const full = lastLineIsFull(first);
  if (full === false) confidence -= 0.35;
  if (full === true) confidence = Math.max(confidence, 0.92);
  return Math.round(confidence * 100) / 100;
}

export const splitSentence: RepairPass = (doc) => {
  const out: Suggestion[] = [];
  for (const article of doc.articles) {
    const body = bodyBlocks(article);
    for (let i = 0; i + 1 < body.length; i += 1) {
      const [first, next] = [body[i], body[i + 1]];
      const confidence = splitConfidence(first, next);
      if (confidence <= 0) continue;
      out.push({
        id: suggestionId('split-sentence', [first.id, next.id]),
        kind: 'split-sentence',
        articleId: article.id,
        blockIds: [first.id, next.id],
        ops: [{ op: 'join', first: first.id, second: next.id, separator: joinSeparator(first.text, next.text) }],
        reason: {
          zh: `段落以“${lastChar(first.text)}”结尾，没有句末标点，下一段像是同一句的后半部分：合并为一段。`,
          en: `The paragraph ends with “${lastChar(first.text)}”, without sentence-final punctuation; the next one continues the sentence: join them.`,
        },
        confidence,
      });
    }
  }
  return out;
};
