/**
 * A byline is an author line on its own: `■本报记者 张三`, `记者 张三 通讯员 李四`, `（文/图 记者 王五）`,
 * `文/王五 图/赵六`. It is a role word followed by a name of two to four Han characters. Without a
 * marker (■ or its look-alikes, or parentheses round the whole line) the name must be set off by a space
 * or colon, so prose like `记者了解到` is not taken for one; a marker alone is not enough either
 * (`■相关链接` is a subheading).
 *
 * A photo credit (`记者 张三 摄`, `图/记者 张三`, photo-credit.ts) is never a byline, marked or not;
 * `本报记者 张三 摄影报道` and `文/记者 张三 图/记者 李四` are (the article's, with its photographer).
 *
 * OCR reads the square as a Han character of the same shape — 国 硬 回 口 围 — and as □ or ▲. A Han
 * look-alike counts as the marker only right before a role word (`国本报记者`): `国家…` stays prose.
 * When the OCR tool merged the byline into the first paragraph (`国本报记者刘明哲本报讯…`), `bylineEnd`
 * says where the paragraph starts.
 */
import { isLetterSpaced, respaceCredit } from './credit-respace';
import { isPhotoCredit } from './photo-credit';
import { memoByText } from './memo';
import { charCount, stripParentheses, trimEnd, trimStart } from './edges';

/** Role words that open a byline after a marker or a look-alike. */
const ROLE_START = '(?:本报|全媒体|融媒体|特约|首席|见习|记者|通讯员|实习生|撰稿|撰文|文[/／]|图[/／]|摄影)';
/** The square that opens a byline, the shapes papers set in its place, and OCR's Han look-alikes. */
const MARKER = new RegExp(`^(?:[■●◆▲△□◇]|[国硬回口围](?=\\s*${ROLE_START}))\\s*`, 'u');
const WRAPPED = /^[（(].*[）)]$/u;
/** Role words that need a separator before the name unless the line is marked. */
const ROLE = '(?:记者|通讯员|实习生|撰稿人|撰文|撰稿|摄影|文[/／]图|图[/／]文)';
/** `文/…`, `图：…`, `摄影/…`: the mark is the separator. */
const CREDIT = '(?:摄影|文|图|摄)[/／:：]\\s*';
const NAME_THEN_MORE = '\\p{Script=Han}{2,4}(?:[\\s、，,].*)?$';
const MARKED = new RegExp(`^[\\p{Script=Han}/／]{0,14}?(?:${ROLE}[\\s：:]*|${CREDIT})${NAME_THEN_MORE}`, 'u');
const UNMARKED = new RegExp(`^[\\p{Script=Han}/／]{0,14}?(?:${ROLE}[\\s：:]+|${CREDIT})${NAME_THEN_MORE}`, 'u');
/**
 * The hundred commonest surnames (about 85 % of people). OCR often drops the space after the role word
 * (`本报记者白雪松`); then only a line that is the role word and a name starting with a surname is a byline,
 * so `本报记者了解到` stays prose, and so does a name followed by a verb (`记者王强说`).
 */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
/** What ends a clause after a name, never a name itself (`记者王强说`). */
const NOT_NAME_END = '说称讲道了的在是等时们到';
const RUN_TOGETHER = new RegExp(`^(?:本报|特约|见习|首席)?(?:记者|通讯员|实习生)[${SURNAMES}]\\p{Script=Han}{0,1}[^\\P{Script=Han}${NOT_NAME_END}]$`, 'u');

/** Where a merged lead paragraph begins: its dateline (`本报讯`, `某某日报讯`, `本报某地5月1日电`, `新华社…电`). */
const LEAD = /本报讯|\p{Script=Han}{2,6}(?:日报|晚报|早报|时报)讯|本报[\p{Script=Han}\d月日]{2,14}电|新华社[\p{Script=Han}\d月日]{2,14}电/gu;

/** The line opens with ■ or a look-alike: a byline then is near-certain. */
export const hasBylineMarker = (text: string): boolean => MARKER.test(trimStart(text));

/** The longest byline: a paragraph is told from one by its length before any pattern reads it. */
const MAX_BYLINE = 50;

export const isByline = memoByText((text: string): boolean =>
  bylineRule(text) || (isLetterSpaced(text) && text.length <= 2 * (MAX_BYLINE + 3) && bylineRule(respaceCredit(text).text)));

/** The byline rule on text as printed; `isByline` also reads letter-spaced OCR (`本 报 记 者 李 文`) re-spaced. */
function bylineRule(text: string): boolean {
  const raw = trimEnd(trimStart(text));
  // Stripping below removes at most three characters besides white space (marker, parentheses): a longer
  // line is no byline, told in a count that stops there rather than patterns run over a whole paragraph.
  if (charCount(raw, MAX_BYLINE + 3, true) > MAX_BYLINE + 3) return false;
  const unmarked = raw.replace(MARKER, '');
  // A lone parenthesis (OCR lost its partner) is stripped too, but only a pair marks the line.
  const t = stripParentheses(unmarked);
  if (t.length === 0 || t.length > MAX_BYLINE || /[。！？，；：:]$/u.test(t) || /[。！？；]/u.test(t)) return false;
  // `（记者 张三 摄）`, `▲记者 张三 摄`, `图/记者 张三` credit a photo: a caption's credit line, never the
  // article's byline. Marked too: papers set ▲ before a credit, and OCR reads ▲ and ■ alike (国, 口, □…).
  if (isPhotoCredit(unmarked)) return false;
  const marked = unmarked !== raw || WRAPPED.test(unmarked);
  return (marked ? MARKED : UNMARKED).test(t) || (t === raw && RUN_TOGETHER.test(t));
}

/**
 * The byline without its marker (■ or a look-alike such as 国) and without parentheses round the whole
 * line: `国本报记者 田野` → `本报记者 田野`, `（记者 张三）` → `记者 张三`. What a name splitter reads.
 */
export function bylineBody(text: string): string {
  const t = trimEnd(trimStart(text)).replace(MARKER, '');
  return (WRAPPED.test(t) ? t.slice(1, -1) : t).trim();
}

/**
 * The offset where the lead paragraph starts in a block that opens with a byline merged into it
 * (`■本报记者 刘明哲 本报讯 …`), or undefined. Only a marked byline counts: without the square,
 * `记者 张三本报讯` is too rare to tell from prose.
 */
export const bylineEnd = memoByText((text: string): number | undefined => {
  if (!hasBylineMarker(text)) return undefined;
  for (const m of text.matchAll(LEAD)) {
    const at = m.index ?? 0;
    if (at > 0 && at <= 40 && isByline(text.slice(0, at))) return at;
  }
  return undefined;
});
