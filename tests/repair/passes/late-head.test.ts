import { describe, expect, it } from 'vitest';
import { lateHead } from '../../../lib/repair/passes/late-head';
import { headline } from '../../../lib/repair/passes/headline';
import { SAFE_CONFIDENCE } from '../../../lib/repair/types';
import { article, type Row } from '../fixtures/doc';

const BODY = '大家一致认为，要积极推进城市照明标准化建设。';

describe('late-head', () => {
  // tesseract on an article's crop: the byline and the lead read before a head set beside them.
  const LATE = ['■本报记者 刘明哲', '本报讯 随着白沙乡高坪村5G基站顺利开通，全县实现了5G网络行政村全覆盖。', '5G信号覆盖全县所有行政村', '网络覆盖带来了生产生活方式的深刻变化。'];
  it('a head read after the byline and the dateline lead is moved above the byline, never safe', () => {
    const [s] = lateHead(article(BODY, ...LATE));
    expect(s.ops).toEqual([
      { op: 'move', blockIds: ['a1.b4'], toArticleId: 'a1', beforeBlockId: 'a1.b2' },
      { op: 'set-role', blockId: 'a1.b4', role: 'headline' },
      { op: 'set-role', blockId: 'a1.b2', role: 'byline' },
      { op: 'split-article', blockId: 'a1.b4' },
    ]);
    expect(s.confidence).toBeLessThan(SAFE_CONFIDENCE);
  });

  it.each<[string, Row[]]>([
    ['the text before the byline is cut mid-sentence', ['据统计，今年以来全县电商网络零售额', ...LATE]],
    ['no byline: a dateline lead alone', [BODY, ...LATE.slice(1)]],
    ['the lead has no dateline', [BODY, LATE[0], BODY, ...LATE.slice(2)]],
    ['the short line opens the next article (a byline follows it)', [BODY, ...LATE.slice(0, 3), '■本报记者 孙静', BODY]],
    ['the short line is the last of the article', [BODY, ...LATE.slice(0, 3)]],
  ])('near-miss: no late head when %s', (_, rows) => {
    expect(lateHead(article(...rows))).toEqual([]);
  });


  it('near-miss: a head above the byline is the headline pass\'s, not a late head', () => {
    const rows: Row[] = [BODY, '聚焦“数字乡村”建设', ...LATE];
    expect(lateHead(article(...rows))).toEqual([]);
    expect(headline(article(...rows))).toHaveLength(1);
  });
});
