/** Test documents and a tiny test-only suggestion finder (the real engine lives in lib/repair). */
import { readFileSync } from 'node:fs';
import type { Block, BlockRole, EpaperDocument } from '../../lib/model/document';
import type { Suggestion } from '../../lib/repair/types';

export function block(id: string, text: string, role: BlockRole = 'paragraph', extra: Partial<Block> = {}): Block {
  return { id, role, text, raw: text, ...extra };
}

export function smallDoc(): EpaperDocument {
  return {
    schema: 1,
    meta: { url: 'https://paper.example.cn/html/2026-11/29/node_1.htm', newspaper: '示例日报' },
    articles: [
      {
        id: 'a1',
        blocks: [
          block('b1', '全市工业用电量持续攀升', 'headline', { source: { bbox: [0, 0, 400, 40] } }),
          block('b2', '今年以来,我市锚定目标,', 'paragraph', { source: { bbox: [0, 50, 400, 120] } }),
          block('b3', '大力开展攻坚行动。', 'paragraph', { source: { bbox: [0, 130, 400, 200] } }),
          block('b4', '防疫卡口值守场景', 'caption', { source: { bbox: [0, 210, 200, 230] } }),
        ],
      },
      { id: 'a2', blocks: [block('c1', '夜间出行满意度提升', 'headline'), block('c2', 'Windows 11 上线。')] },
    ],
  };
}

/**
 * Test double for the repair engine: a half-width comma after a CJK character → full-width (safe), and
 * a block ending on a comma joined with the next (not safe). Ids depend on block and offset, as the
 * real engine's do, so applying one fix changes the ids of nothing else.
 */
export function testSuggest(doc: EpaperDocument): Suggestion[] {
  const out: Suggestion[] = [];
  for (const article of doc.articles) {
    const body = article.blocks.filter((b) => !b.setAside);
    body.forEach((b, i) => {
      for (const m of b.text.matchAll(/(?<=[\u4e00-\u9fff]),/g)) {
        const at = m.index ?? 0;
        out.push({
          id: `punctuation:${b.id}:${at}`,
          kind: 'punctuation',
          articleId: article.id,
          blockIds: [b.id],
          edits: [{ blockId: b.id, start: at, end: at + 1, text: '，', expected: ',' }],
          reason: { zh: '中文里用全角逗号', en: 'Full-width comma in Chinese text' },
          confidence: 0.95,
        });
      }
      const next = body[i + 1];
      if (next && /[，,、]$/.test(b.text) && next.role === 'paragraph') {
        out.push({
          id: `split-sentence:${b.id}:${next.id}`,
          kind: 'split-sentence',
          articleId: article.id,
          blockIds: [b.id, next.id],
          ops: [{ op: 'join', first: b.id, second: next.id, separator: '' }],
          reason: { zh: '句子被分栏截断', en: 'Sentence split across blocks' },
          confidence: 0.8,
        });
      }
    });
  }
  return out;
}

import { SAMPLE } from '../support/sample';

/** The real sample page as a document: a `#` heading starts an article, each other line is a block. */
export function samplePageDoc(): EpaperDocument {
  const doc: EpaperDocument = { schema: 1, meta: { url: 'https://paper.example.cn/sample' }, articles: [] };
  let n = 0;
  for (const line of readFileSync(SAMPLE, 'utf8').split('\n')) {
    const text = line.replace(/^#+\s*/, '').replace(/\*\*/g, '').trim();
    if (!text) continue;
    if (/^#/.test(line) || !doc.articles.length) doc.articles.push({ id: `a${doc.articles.length + 1}`, blocks: [] });
    n += 1;
    doc.articles[doc.articles.length - 1].blocks.push(block(`p${n}`, text, /^#/.test(line) ? 'headline' : 'paragraph'));
  }
  return doc;
}
