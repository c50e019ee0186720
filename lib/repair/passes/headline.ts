/**
 * §2 Headline not marked as a heading.
 *
 * Rule: a short paragraph (≤ 30 characters) without sentence-final punctuation, directly followed by an
 * article opening (a dateline `某某日报讯（…）` / `本报讯`, or a byline line `■…记者…`), is the headline
 * of a new article: mark it as headline and start a new article there. A short kicker ending in `：`
 * right above it goes with it. Not when the article already has its headline right above (then the
 * line is a subtitle or caption), nor for a short line that ends a sentence.
 */
import type { BlockOperation, RepairPass, Suggestion } from '../types';
import { bodyBlocks } from '../../model/document';
import { suggestionId } from './shared/ids';
import { hasFinalPunctuation, isByline, isDateline, looksLikeTitle, startsArticle } from '../../text';

export const meta = {
  kind: 'headline',
  title: { zh: '未标记的标题', en: 'Unmarked headline' },
  description: {
    zh: '没有句末标点的短行后面紧跟电头或作者行时，它是新文章的标题。',
    en: 'A short line without final punctuation followed by a dateline or byline is the headline of a new article.',
  },
} as const;

const MAX_HEADLINE = 30;
const isKickerLike = (text: string) => /[：:]$/u.test(text.trim()) && looksLikeTitle(text, 24);

export const headline: RepairPass = (doc) => {
  const out: Suggestion[] = [];
  for (const article of doc.articles) {
    const body = bodyBlocks(article);
    for (let i = 0; i + 1 < body.length; i += 1) {
      const [block, next] = [body[i], body[i + 1]];
      const text = block.text.trim();
      if (block.role !== 'paragraph' || [...text].length > MAX_HEADLINE || text.length === 0) continue;
      if (hasFinalPunctuation(text) || /[，、；：:]$/u.test(text) || startsArticle(text)) continue;
      if (!startsArticle(next.text)) continue;
      // The article already has its head right above: this line is a subtitle or caption, not a new headline.
      if (body.slice(Math.max(0, i - 2), i).some((b) => b.role === 'headline' || b.role === 'kicker')) continue;
      const prev = body[i - 1];
      const kicker = prev && prev.role === 'paragraph' && isKickerLike(prev.text) ? prev : undefined;
      const start = kicker ? i - 1 : i;
      const ops: BlockOperation[] = [{ op: 'set-role', blockId: block.id, role: 'headline' }];
      if (kicker) ops.unshift({ op: 'set-role', blockId: kicker.id, role: 'kicker' });
      if (start > 0) ops.push({ op: 'split-article', blockId: body[start].id });
      const prevEnds = start === 0 || hasFinalPunctuation(body[start - 1].text) || /[”」』]$/u.test(body[start - 1].text.trim());
      const confidence = isDateline(next.text) && prevEnds ? 0.9 : isByline(next.text) ? 0.75 : 0.7;
      const blockIds = kicker ? [kicker.id, block.id, next.id] : [block.id, next.id];
      out.push({
        id: suggestionId('headline', blockIds),
        kind: 'headline',
        articleId: article.id,
        blockIds,
        ops,
        reason: {
          zh: `短行“${text}”没有句末标点，后面紧跟电头或作者行：它是一篇新文章的标题${start > 0 ? '，从这里另起一篇' : ''}。`,
          en: `The short line “${text}” has no final punctuation and is followed by a dateline or byline: it is the headline of a new article${start > 0 ? ', which starts here' : ''}.`,
        },
        confidence,
      });
    }
  }
  return out;
};
