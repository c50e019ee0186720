import { describe, expect, it } from 'vitest';
import { parseCredits } from '../../lib/text';

type Row = [byline: string, authors: string[], photographers: string[], contributors: string[]];

// Bylines as Chinese papers set them (and as OCR and the importer hand them over).
const rows: Row[] = [
  ['■本报记者 田野', ['田野'], [], []],
  ['■本报记者田野', ['田野'], [], []], // marked: no space before the name
  ['本报记者 张三 通讯员 李四', ['张三'], [], ['李四']],
  ['■本报记者某某通讯员某某', ['某某'], [], ['某某']],
  ['全媒体记者 向吟', ['向吟'], [], []],
  ['衡阳日报全媒体记者 向吟 实习生 王小明', ['向吟'], [], ['王小明']],
  ['记者 张三、李四', ['张三', '李四'], [], []],
  ['记者 张三，李四 王五', ['张三', '李四', '王五'], [], []],
  ['记者：张三', ['张三'], [], []],
  ['（文/图 记者 王五）', ['王五'], ['王五'], []],
  ['文/王五 图/赵六', ['王五'], ['赵六'], []],
  ['文／王五', ['王五'], [], []],
  ['摄影：李四', [], ['李四'], []],
  ['本报记者 田野 摄', [], ['田野'], []], // the trailing 摄: the reporter took the photo
  ['新华社记者 李四摄', [], ['李四'], []],
  ['张三 摄', [], ['张三'], []],
  ['摄影记者 陈晨', [], ['陈晨'], []],
  ['特约撰稿人 张三', ['张三'], [], []],
  ['见习记者 刘洋', ['刘洋'], [], []],
  ['**■本报记者 张三**', ['张三'], [], []], // emphasis left by the import
  ['●记者 阿卜杜·热合曼', ['阿卜杜·热合曼'], [], []],
  ['记者 王文静 图/赵六', ['王文静'], ['赵六'], []], // 文 inside a name is not a role
  ['记者 欧阳文图', ['欧阳文图'], [], []], // nor 图 at a name's end
  // Written for the issue-13 audit (made-up names): `报道` after the names is the verb, not a name.
  ['本报记者 孙悦 报道', ['孙悦'], [], []],
  ['本报记者孙悦报道', ['孙悦'], [], []],
  ['回全媒体记者 温若岚 实习生 简一鸣', ['温若岚'], [], ['简一鸣']],
  ['□文/图 本报记者 詹子墨', ['詹子墨'], ['詹子墨'], []],
  // A credit mark decides the role of the role word after it; 摄影报道 credits text and photos.
  ['文/记者 李文 图/记者 王明', ['李文'], ['王明'], []],
  ['文/通讯员 李文', ['李文'], [], []],
  ['本报记者 李文 摄影报道', ['李文'], ['李文'], []],
  ['本报记者 李文 通讯员 王明 摄影报道', ['李文'], ['李文', '王明'], ['王明']],
  ['本报记者 李文 图文报道', ['李文'], ['李文'], []],
  ['▲记者 李文 摄', [], ['李文'], []],
  ['图/记者 李文', [], ['李文'], []],
];

// Near-misses: no person to credit.
const none = ['■相关链接', '本报讯', '记者了解到相关情况', '图：市民在公园里散步', '新华社发', ''];

describe('parseCredits', () => {
  it.each(rows)('%j', (byline, authors, photographers, contributors) => {
    expect(parseCredits(byline)).toEqual({ authors, photographers, contributors });
  });

  it.each(none)('credits nobody in %j', (text) => {
    expect(parseCredits(text)).toEqual({ authors: [], photographers: [], contributors: [] });
  });
});
