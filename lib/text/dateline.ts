/**
 * A dateline opens a news article's first paragraph: `本报讯`, `某某日报讯（记者 …）`, `新华社北京10月1日电`,
 * `本报记者 张三 报道`. Only at the start of the text — `据本报讯，…` cites a report in prose.
 */
import { trimStart } from './edges';
import { memoByText } from './memo';

/**
 * `本报讯`, or a paper's name and `讯` not followed by a comma: that says it is a dateline even when OCR
 * drops the space after it (`江城日报讯今天上午`).
 */
const OWN_PAPER = /^本报讯/u;
const PAPER = /^(?!据)[\p{Script=Han}A-Za-z]{0,12}(?:日报|晚报|早报|时报|商报|快报)讯(?![，、。；])/u;
/**
 * Any other `…讯` (`江城网讯`) must be set off from the text after it, or `通讯员…` would be one; and it names
 * its source in two characters or more: `简讯`, `快讯`, `短讯` on a line of their own are a column's label.
 */
const OTHER = /^(?!据)[\p{Script=Han}A-Za-z]{2,14}讯(?=[\s*_]*(?:[（(]|$|\s))/u;
/** Wire and correspondents' datelines end in `电`. */
const WIRE = /^(?:新华社|中新社|本报)[\p{Script=Han}\d月日]{0,14}电/u;
const NAMES = '\\p{Script=Han}{2,4}(?:[\\s、]+\\p{Script=Han}{2,4}){0,3}';
/**
 * `本报记者 张三 报道`, `新华社记者李四报道`: the reporter's line that opens the lead. It needs the employer
 * before `记者` (`记者走访报道…` is prose) and `报道` right after the names.
 */
const REPORTED = new RegExp(`^(?:本报|本台|新华社|中新社)(?:特约|全媒体|融媒体|首席|见习)?记者\\s*${NAMES}(?:\\s*(?:通讯员|实习生)\\s*${NAMES})*\\s*报道`, 'u');
const DATELINES = [OWN_PAPER, PAPER, OTHER, WIRE, REPORTED];
/** The people a dateline names in parentheses after it: `本报讯（记者 张三 通讯员 李四）`. */
const CREDIT = /^[\s*_]*[（(]([^（）()]{2,30})[）)]/u;
const CREDIT_ROLE = /记者|通讯员|实习生|撰稿|撰文|摄影|文[/／]|图[/／]/u;

/**
 * Every form has its `讯`, `电` or `记者` within this many code units of the start (fourteen characters,
 * astral ones two units each): a text without one is no dateline, before any pattern reads it.
 */
const MARK_WITHIN = 32;

/** Length of the dateline at the start of `text` (after white space and emphasis), or 0. */
export function datelineLength(text: string): number {
  const t = trimStart(text);
  const head = t.slice(0, MARK_WITHIN);
  if (!head.includes('讯') && !head.includes('电') && !head.includes('记者')) return 0;
  for (const re of DATELINES) {
    const m = re.exec(t);
    if (m) return text.length - t.length + m[0].length;
  }
  return 0;
}

export const isDateline = memoByText((text: string): boolean => datelineLength(text) > 0);

/**
 * Who the dateline credits, as a byline would say it: `本报讯（记者 张三）` → `记者 张三`,
 * `本报记者 张三 报道` → `本报记者 张三`; undefined when it names nobody (`本报讯 今天上午`).
 */
export function datelineCredit(text: string): string | undefined {
  const t = trimStart(text);
  const reported = REPORTED.exec(t);
  if (reported) return reported[0].replace(/\s*报道$/u, '');
  const at = datelineLength(t);
  if (at === 0) return undefined;
  const m = CREDIT.exec(t.slice(at));
  return m && CREDIT_ROLE.test(m[1]) ? m[1].trim() : undefined;
}
