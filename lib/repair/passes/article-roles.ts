/**
 * §3 Kicker, subtitle and byline roles around a headline.
 *
 * Rules (typography of Chinese news pages):
 * - kicker (引题): a short line right above the headline, often ending in `：`. When it sits at the end
 *   of the previous article (the headline opened a new one), move it down to its headline. When OCR
 *   merged `引题：主题` into the heading, split at the colon — only if both parts look like titles.
 * - subtitle (副题): a short line right below the headline, no final punctuation, followed by the
 *   byline/dateline or a body paragraph (not by another short line: that is a photo caption).
 * - byline: an author line on its own (`■本报记者 某某`, `记者 某某 通讯员 某某`), or merged into the lead
 *   (`国本报记者刘明哲本报讯…`: split off). A byline the headline pass marks with its new article's head
 *   is left to that suggestion, so the head is applied as one unit.
 */
import type { Article, Block } from '../../model/document';
import type { BlockOperation } from '../types';
import type { RepairPass, Suggestion } from '../types';
import { bodyBlocks } from '../../model/document';
import { suggestionId } from './shared/ids';
import { bylineEnd, hasBylineMarker, hasFinalPunctuation, isByline, looksLikeTitle, startsArticle } from '../../text';
import { headline } from './headline';
import { runCached } from '../pass-cache';

export const meta = {
  kind: 'article-roles',
  title: { zh: '引题、副题与作者行', en: 'Kicker, subtitle, byline' },
  description: {
    zh: '标出标题上方的引题、标题下方的副题和单独成行的作者行。',
    en: 'Marks the kicker above a headline, the subtitle below it and a byline on its own line.',
  },
} as const;

const endsWithColon = (t: string) => /[：:]$/u.test(t.trim());
const isShortTitle = (t: string, max: number) => looksLikeTitle(t, max) && !hasFinalPunctuation(t);

interface Finding { blockIds: string[]; ops: BlockOperation[]; zh: string; en: string; confidence: number }

function role(block: Block, r: Block['role'], zh: string, en: string, confidence: number): Finding {
  return { blockIds: [block.id], ops: [{ op: 'set-role', blockId: block.id, role: r }], zh, en, confidence };
}

/** `引题：主题` merged into one heading: both halves short, title-like, the head an organisation/person. */
function mergedKicker(head: Block): Finding | undefined {
  const m = /^([^：:]{2,16})[：:](?!\d)(.{4,40})$/u.exec(head.text.trim());
  if (!m || !isShortTitle(m[1], 16) || !isShortTitle(m[2], 40)) return undefined;
  const at = head.text.indexOf(m[1]) + m[1].length + 1;
  return {
    blockIds: [head.id],
    ops: [{ op: 'split', blockId: head.id, at, role: 'headline' }, { op: 'set-role', blockId: head.id, role: 'kicker' }],
    zh: `标题“${head.text.trim()}”里合并了引题：在冒号后拆开，前半为引题。`,
    en: `The heading “${head.text.trim()}” holds a merged kicker: split after the colon, the first part is the kicker.`,
    confidence: 0.7,
  };
}

function aroundHeadline(doc: { articles: Article[] }, ai: number, body: Block[], h: number): Finding[] {
  const found: Finding[] = [];
  const head = body[h];
  const above = body[h - 1];
  if (above && above.role === 'paragraph' && isShortTitle(above.text, 24) && (h === 1 || hasFinalPunctuation(body[h - 2].text) || body[h - 2].role !== 'paragraph')) {
    found.push(role(above, 'kicker', `标题上方的短行“${above.text.trim()}”是引题。`, `The short line “${above.text.trim()}” above the headline is its kicker.`, endsWithColon(above.text) ? 0.9 : 0.7));
  }
  if (h === 0 && ai > 0) {
    const prevBody = bodyBlocks(doc.articles[ai - 1]);
    const last = prevBody[prevBody.length - 1];
    if (last && last.role === 'paragraph' && endsWithColon(last.text) && isShortTitle(last.text, 24)) {
      found.push({
        blockIds: [last.id, head.id],
        ops: [{ op: 'move', blockIds: [last.id], toArticleId: doc.articles[ai].id, beforeBlockId: head.id }, { op: 'set-role', blockId: last.id, role: 'kicker' }],
        zh: `上一篇末尾的短行“${last.text.trim()}”是这篇标题的引题：移到标题上方。`,
        en: `The short line “${last.text.trim()}” at the end of the previous article is this headline's kicker: move it above the headline.`,
        confidence: 0.85,
      });
    }
  }
  const merged = mergedKicker(head);
  if (merged && !(above && above.role === 'kicker')) found.push(merged);
  const below = body[h + 1];
  const after = body[h + 2];
  if (below && below.role === 'paragraph' && !startsArticle(below.text) && looksLikeTitle(below.text.replace(/[，,]/gu, ' '), 40) && !hasFinalPunctuation(below.text) && after &&
    (startsArticle(after.text) || (after.role === 'paragraph' && [...after.text].length > 30))) {
    const sure = startsArticle(after.text) || /^——/u.test(below.text.trim());
    found.push(role(below, 'subtitle', `标题下方的短行“${below.text.trim()}”是副题。`, `The short line “${below.text.trim()}” below the headline is its subtitle.`, sure ? 0.85 : 0.7));
  }
  return found;
}

function mergedByline(block: Block, at: number): Finding {
  const byline = block.text.slice(0, at).trim();
  return {
    blockIds: [block.id],
    ops: [{ op: 'split', blockId: block.id, at, role: 'paragraph' }, { op: 'set-role', blockId: block.id, role: 'byline' }],
    zh: `作者行“${byline}”与第一段连在一起：拆开，单独作为作者行。`,
    en: `The byline “${byline}” is merged into the first paragraph: split it off as the byline.`,
    confidence: 0.9,
  };
}

export const articleRoles: RepairPass = (doc) => {
  const out: Suggestion[] = [];
  // The headline pass's findings, from its per-article cache: the engine has just read them (pass-cache.ts).
  const owned = new Set(runCached(headline, 'article', doc, { windowed: true }).flatMap((s) => s.blockIds));
  doc.articles.forEach((article, ai) => {
    const body = bodyBlocks(article);
    const findings: Finding[] = [];
    const h = body.findIndex((b) => b.role === 'headline');
    if (h >= 0) findings.push(...aroundHeadline(doc, ai, body, h));
    for (const block of body) {
      if (block.role !== 'paragraph' || owned.has(block.id)) continue;
      const merged = bylineEnd(block.text);
      if (merged !== undefined) findings.push(mergedByline(block, merged));
      else if (isByline(block.text)) {
        findings.push(role(block, 'byline', `“${block.text.trim()}”是单独成行的作者行。`, `“${block.text.trim()}” is a byline on its own line.`, hasBylineMarker(block.text) ? 0.9 : 0.8));
      }
    }
    for (const f of findings) {
      out.push({
        id: suggestionId('article-roles', [...f.blockIds, ...f.ops.map((o) => o.op)]),
        kind: 'article-roles', articleId: article.id, blockIds: f.blockIds, ops: f.ops,
        reason: { zh: f.zh, en: f.en }, confidence: f.confidence,
      });
    }
  });
  return out;
};
