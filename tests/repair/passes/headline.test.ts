import { describe, expect, it } from 'vitest';
import { headline } from '../../../lib/repair/passes/headline';
import { SAFE_CONFIDENCE } from '../../../lib/repair/types';
import { article, type Row } from '../fixtures/doc';

const DATELINE = '**某某日报讯**（全媒体记者 张三）连日来，市里组织干部职工学习报告。';
const BODY = '大家一致认为，要积极推进城市照明标准化建设。';

const valid: { name: string; rows: Row[] }[] = [
  { name: 'short line ending with 。', rows: [BODY, '这是一句短话。', DATELINE] },
  { name: 'short line not followed by an article start', rows: [BODY, '不断提升市民夜间出行满意度', BODY] },
  { name: 'kicker ending with a colon (article-roles handles it)', rows: [BODY, '市某某中心：', DATELINE] },
  { name: 'long paragraph without punctuation before dateline', rows: [BODY, '这是一段很长的正文内容在这里因为扫描的原因没有任何标点符号而且长度远远超过了标题', DATELINE] },
  { name: 'subtitle right below an existing headline', rows: [['headline', '全力推动建设再上新台阶'], '警备区各级组织学习报告', DATELINE] },
  { name: 'line ending with a comma', rows: [BODY, '据统计，', DATELINE] },
];

describe('headline', () => {
  it.each(valid)('does not fire: $name', ({ rows }) => {
    expect(headline(article(...rows))).toEqual([]);
  });

  it('short line before a dateline inside an article starts a new article', () => {
    const [s] = headline(article(BODY, '不断提升市民夜间出行满意度', DATELINE));
    expect(s.ops).toEqual([
      { op: 'set-role', blockId: 'a1.b2', role: 'headline' },
      { op: 'split-article', blockId: 'a1.b2' },
    ]);
    expect(s.confidence).toBeGreaterThanOrEqual(SAFE_CONFIDENCE);
  });

  it('a ■ byline marks an article start: headline and byline are one suggestion, safe together', () => {
    const [s] = headline(article(BODY, '速度快了 办成的事也多了', '■本报记者 张三 通讯员 李四', BODY));
    expect(s.ops).toEqual([
      { op: 'set-role', blockId: 'a1.b2', role: 'headline' },
      { op: 'set-role', blockId: 'a1.b3', role: 'byline' },
      { op: 'split-article', blockId: 'a1.b2' },
    ]);
    expect(s.confidence).toBeGreaterThanOrEqual(SAFE_CONFIDENCE);
  });

  it('an unmarked byline is less sure', () => {
    const [s] = headline(article(BODY, '速度快了 办成的事也多了', '记者 张三 通讯员 李四', BODY));
    expect(s.confidence).toBeLessThan(SAFE_CONFIDENCE);
  });

  it('a pasted head of kicker, headline and subtitle over a misread byline (国) is marked as one unit', () => {
    const [s] = headline(article(BODY, '一季度全县经济运行稳中有进', '青禾县GDP同比增长6.2%', '工业投资、消费市场双双回暖 新兴产业贡献率提升', '国本报记者 林晓岚 通讯员 周明远', '本报讯 记者从青禾县统计局获悉，今年一季度经济平稳。'));
    expect(s.ops).toEqual([
      { op: 'set-role', blockId: 'a1.b2', role: 'kicker' },
      { op: 'set-role', blockId: 'a1.b3', role: 'headline' },
      { op: 'set-role', blockId: 'a1.b4', role: 'subtitle' },
      { op: 'set-role', blockId: 'a1.b5', role: 'byline' },
      { op: 'split-article', blockId: 'a1.b2' },
    ]);
  });

  it('a byline merged into the lead is split off with the head', () => {
    const [s] = headline(article('5G信号覆盖全县所有行政村', '国本报记者刘明哲本报讯 随着白沙乡高坪村5G基站顺利开通，全县实现全覆盖。'));
    expect(s.ops).toEqual([
      { op: 'set-role', blockId: 'a1.b1', role: 'headline' },
      { op: 'split', blockId: 'a1.b2', at: 8, role: 'paragraph' },
      { op: 'set-role', blockId: 'a1.b2', role: 'byline' },
    ]);
    expect(s.confidence).toBeGreaterThanOrEqual(SAFE_CONFIDENCE);
  });

  it('a photo caption between the head and the byline is skipped, not taken for a subtitle', () => {
    const [s] = headline(article(BODY, '老街改造留住城市记忆', '改造后的永安老街吸引市民游客前来打卡。 记者 袁梦琪 摄', '■本报记者 袁梦琪', BODY));
    expect(s.ops?.filter((o) => o.op === 'set-role')).toEqual([
      { op: 'set-role', blockId: 'a1.b2', role: 'headline' },
      { op: 'set-role', blockId: 'a1.b4', role: 'byline' },
    ]);
  });

  it('a caption already marked as one (an earlier round) between the head and the byline is skipped too', () => {
    const rows = (caption: Row) => article(BODY, '老街改造留住城市记忆', '青石板路、骑楼立面修旧如旧', caption, '围本报记者袁梦琪本报讯 历时一年多的永安老街保护性改造工程日前完工。');
    const [s] = headline(rows(['caption', '改造后的永安老街吸引市民游客前来打卡。 记者 袁梦琪 摄']));
    expect(s.ops?.filter((o) => o.op === 'set-role').map((o) => o.blockId)).toEqual(['a1.b2', 'a1.b3', 'a1.b5']);
    expect(s.confidence).toBeGreaterThanOrEqual(SAFE_CONFIDENCE);
    // Near-miss: a marked subtitle in between is no caption: the head is already marked, nothing is offered.
    expect(headline(rows(['subtitle', '改造后的永安老街吸引市民游客前来打卡']))).toEqual([]);
  });

  it('first block of an article is only marked, not split off', () => {
    const [s] = headline(article('Windows 11 发布会在京举行', '本报讯 昨天，发布会在京举行。'));
    expect(s.ops).toEqual([{ op: 'set-role', blockId: 'a1.b1', role: 'headline' }]);
  });

  it('a kicker right above goes into the new article with it', () => {
    const [s] = headline(article(BODY, '市某某事务中心：', '让沿江风光带水更清', DATELINE));
    expect(s.ops).toEqual([
      { op: 'set-role', blockId: 'a1.b2', role: 'kicker' },
      { op: 'set-role', blockId: 'a1.b3', role: 'headline' },
      { op: 'split-article', blockId: 'a1.b2' },
    ]);
  });

  // Written for the issue-13 audit (made-up names and news): pasted PaddleOCR lines.
  it('a photo caption right above the head ends the previous article: the new head is as sure as after a full stop', () => {
    for (const caption of ['果农在石桥村梨园为果树授粉。 记者 温若岚 摄', '春播现场。新华社发', '（图片）']) {
      const [s] = headline(article(BODY, caption, '全国春播粮食面积稳中有增', '新华社北京4月8日电 记者从农业农村部获悉，春播进度同比略快。'));
      expect(s.ops).toEqual([
        { op: 'set-role', blockId: 'a1.b3', role: 'headline' },
        { op: 'split-article', blockId: 'a1.b3' },
      ]);
      expect(s.confidence).toBeGreaterThanOrEqual(SAFE_CONFIDENCE);
    }
  });

  it('near-miss: a line cut mid-sentence above the head still lowers the confidence', () => {
    const [s] = headline(article(BODY, '合作社负责人罗志坚告诉记者，今年村里将新建冷库一座，延长销售期，让果子', '全国春播粮食面积稳中有增', '新华社北京4月8日电 记者从农业农村部获悉，春播进度同比略快。'));
    expect(s.confidence).toBeLessThan(SAFE_CONFIDENCE);
  });

  it('a ▲-marked byline under the headline is the byline, not a caption skipped over', () => {
    const [s] = headline(article('社区“微更新” 老街换新颜', '▲本报记者 蔺思齐', '本报讯 记者4月5日从梧川市城管局获悉，今年将改造18条小巷。'));
    expect(s.ops).toEqual([
      { op: 'set-role', blockId: 'a1.b1', role: 'headline' },
      { op: 'set-role', blockId: 'a1.b2', role: 'byline' },
    ]);
    expect(headline(article('社区“微更新” 老街换新颜', '▲本报记者 蔺思齐', '本报讯 记者4月5日从梧川市城管局获悉，今年将改造18条小巷。'))).toHaveLength(1);
  });

  it('`本报记者 … 报道` opens an article like a dateline', () => {
    const [s] = headline(article(BODY, '湿地公园迎来首批候鸟', '本报记者欧阳青禾报道：近日，梧川湿地公园迎来今年首批越冬候鸟。'));
    expect(s.ops).toEqual([
      { op: 'set-role', blockId: 'a1.b2', role: 'headline' },
      { op: 'split-article', blockId: 'a1.b2' },
    ]);
  });

  // Whole-page tesseract rebuilt into columns (lib/text column-split): tesseract runs the byline's role
  // word and name together and drops its mark; OCR's noise of a photo stands between two articles.
  const LEAD = '本报东川5月19日电 记者从东川港务集团获悉，今年前4个月，集装箱吞吐量同比增长11%。';
  it('an unmarked byline with a dateline lead after it is as sure as a marked one', () => {
    const [s] = headline(article(BODY, '东川港集装箱吞吐量同比增长11%', '本报记者白雪松', LEAD));
    expect(s.ops).toEqual([
      { op: 'set-role', blockId: 'a1.b2', role: 'headline' },
      { op: 'set-role', blockId: 'a1.b3', role: 'byline' },
      { op: 'split-article', blockId: 'a1.b2' },
    ]);
    expect(s.confidence).toBeGreaterThanOrEqual(SAFE_CONFIDENCE);
  });

  it('near-miss: an unmarked byline followed by prose, not a dateline, stays below safe', () => {
    const [s] = headline(article(BODY, '东川港集装箱吞吐量同比增长11%', '本报记者白雪松', BODY));
    expect(s.confidence).toBeLessThan(SAFE_CONFIDENCE);
  });

  it('near-miss: a short body line (a sentence cut without its full stop) above the head keeps it below safe', () => {
    const [s] = headline(article(BODY, '据调度，全省冬小麦一、二类苗占比达到89.4%，', '东川港集装箱吞吐量同比增长11%', '本报记者白雪松', LEAD));
    expect(s.confidence).toBeLessThan(SAFE_CONFIDENCE);
  });

  it('OCR noise of a photo above the head ends the text before it, and is not taken into the head', () => {
    for (const noise of ['二', '区T', '二      届             全 下']) {
      const [s] = headline(article(BODY, '全省各级', noise, '高校毕业生就业服务月活动启动', '本报记者孔令和', LEAD));
      expect(s.ops).toEqual([
        { op: 'set-role', blockId: 'a1.b4', role: 'headline' },
        { op: 'set-role', blockId: 'a1.b5', role: 'byline' },
        { op: 'split-article', blockId: 'a1.b4' },
      ]);
      expect(s.confidence).toBeGreaterThanOrEqual(SAFE_CONFIDENCE);
    }
  });

  it('near-miss: a caption without credit right above the byline is no head; a two-character fragment is no noise', () => {
    // The caption has its full stop: it is no head line, and nothing opens an article under it.
    expect(headline(article(BODY, '求职者在招聘会现场咨询。', '本报记者孔令和', LEAD))).toEqual([]);
    // `年底` is the end of a sentence cut without its full stop (two Han characters are a word): less sure.
    const [t] = headline(article(BODY, '全省各级部门，', '年底', '高校毕业生就业服务月活动启动', '本报记者孔令和', LEAD));
    expect(t.confidence).toBeLessThan(SAFE_CONFIDENCE);
  });

  it('a short line ending in a closing quote above the head is a head line, not the end of prose: less sure', () => {
    // A wrapped headline (`她们撑起乡村` / `振兴“半边天”`) over a subtitle: where the head starts is not known.
    const [s] = headline(article(BODY, '“三八”国际妇女节特别报道', '她们撑起乡村', '振兴“半边天”', '全市女性创业带头人已达1.2万名', '■本报记者 何静怡', '本报讯 清晨六点，桐溪镇的蔬菜大棚里已经亮起了灯。'));
    expect(s.confidence).toBeLessThan(SAFE_CONFIDENCE);
    // Near-miss: prose that ends in a quotation (it has its comma) still ends the text before the head.
    const [t] = headline(article('村民们都说，这是“民心工程”', '全市女性创业带头人已达1.2万名', '■本报记者 何静怡', '本报讯 清晨六点，桐溪镇的蔬菜大棚里已经亮起了灯。'));
    expect(t.confidence).toBeGreaterThanOrEqual(SAFE_CONFIDENCE);
  });

  it('a dateline wrapped over two OCR lines (one line per block) confirms an unmarked byline too', () => {
    const [s] = headline(article(BODY, '夏粮生产形势总体向好', '本报记者 常宇航', '本报东川5月19日', '电 当前正值小麦灌浆', '关键期，记者走访多个'));
    expect(s.confidence).toBeGreaterThanOrEqual(SAFE_CONFIDENCE);
    // Near-miss: two lines that make no dateline together.
    const [t] = headline(article(BODY, '夏粮生产形势总体向好', '本报记者 常宇航', '东川各地5月19日', '起开展夏收工作，记者', '关键期，记者走访多个'));
    expect(t.confidence).toBeLessThan(SAFE_CONFIDENCE);
  });
});
