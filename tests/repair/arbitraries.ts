/**
 * Random documents for property tests: Han text, spaces, half/full-width punctuation, digits, Latin,
 * look-alikes, characters outside the BMP, and the furniture/byline lines the structural passes look for.
 */
import fc from 'fast-check';
import type { Block, BlockRole, EpaperDocument } from '../../lib/model/document';

const TOKENS = ['衡', '阳', '日报', '讯', '经济发展', ' ', '  ', '\u3000', '，', '。', '、', ',', ':', '?', '(', ')', '"', '1', '2', '10:30', '3.5', '一', 'l', '|', ']', '%6',
  '...', '--', '—', 'Windows', 'a', '𠀋', '…', '“', '”', '《', '》', '（记者 张三）', '下转第3版', '责任编辑：李四', '■本报记者 王五', '图为'];
const text = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 14 }).map((t) => t.join(''));
const role = fc.constantFrom<BlockRole>('paragraph', 'paragraph', 'paragraph', 'paragraph', 'headline', 'subtitle', 'byline');
export const docArb = fc.array(fc.array(fc.tuple(role, text), { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 4 }).map((articles): EpaperDocument => {
  let n = 0;
  return {
    schema: 1,
    meta: {},
    articles: articles.map((blocks, i) => ({ id: `a${i + 1}`, blocks: blocks.map(([r, t]): Block => ({ id: `b${(n += 1)}`, role: r, text: t, raw: t })) })),
  };
});

