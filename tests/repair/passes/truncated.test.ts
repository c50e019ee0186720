import { describe, expect, it } from 'vitest';
import { truncated } from '../../../lib/repair/passes/truncated';
import { makeDoc, type Row } from '../fixtures/doc';

const DATELINE = '**某某日报讯**（记者 张三）连日来，全市各地积极开展防疫工作，取得明显成效。';

const valid: { name: string; rows: Row[][] }[] = [
  { name: 'article ends with 。', rows: [[['headline', '标题'], DATELINE, '工作人员正积极引导驾乘人员做好登记。']] },
  { name: 'article ends with a closing quote', rows: [[DATELINE, '“方便多了！”他说。“不仅是速度快了，能办成的事也多了。”']] },
  { name: 'kicker of the next article is not a lost ending', rows: [[DATELINE, '石鼓区：'], [['headline', '高速路口战疫情'], DATELINE]] },
  { name: 'series label at the end', rows: [[DATELINE, '优作风 优环境']] },
  { name: 'continuation exists elsewhere (out-of-order handles it)', rows: [[DATELINE, '据了解，该中心'], [DATELINE, '，成立于2020年。']] },
  // Written for the issue-13 audit (made-up names): a caption still in the body ends the article at its credit.
  { name: 'photo caption at the end, credit without spaces (letter-spaced OCR closed up)', rows: [[DATELINE, '图为市民在夜市选购小吃。记者冉星河摄']] },
  { name: 'agency photo credit at the end', rows: [[DATELINE, '春播现场。新华社发']] },
];

describe('truncated', () => {
  it.each(valid)('does not fire: $name', ({ rows }) => {
    expect(truncated(makeDoc(...rows))).toEqual([]);
  });

  it('near-miss of the caption rule: prose that stops on 拍摄 is still flagged', () => {
    expect(truncated(makeDoc([DATELINE, '据了解，不少市民正拿着手机在湿地公园拍摄']))).toHaveLength(1);
  });

  it('flags an article that stops mid-sentence', () => {
    const [s] = truncated(makeDoc([DATELINE, '据了解，石鼓区高速路口健康服务站主要负责']));
    expect(s.ops).toEqual([{ op: 'flag', blockId: 'a1.b2', flag: { kind: 'truncated', at: 20, note: 'continues on another page, or lost / 转版或缺失' } }]);
    expect(s.reason.en).toContain('another page');
  });

  it('names the page of a jump line, even set aside as furniture', () => {
    const doc = makeDoc([DATELINE, '全区共出动干部数千人次，拦截劝返车辆', ['furniture', '（下转A2版）']]);
    const [s] = truncated(doc);
    expect(s.blockIds).toEqual(['a1.b2']);
    expect(s.reason.zh).toContain('第A2版');
    expect(s.reason.en).toContain('page A2');
  });

  it('a jump line kept as a paragraph is skipped as the ending', () => {
    const [s] = truncated(makeDoc([DATELINE, 'The survey covered 1,200 households and found that', '下转第3版']));
    expect(s.reason.en).toContain('page 3');
  });
});
