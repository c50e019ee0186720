/**
 * A dateline opens a news article's first paragraph: `本报讯`, `某某日报讯（记者 …）`, `新华社北京10月1日电`.
 * Only at the start of the text — `据本报讯，…` cites a report in prose.
 */
import { trimStart } from './edges';
import { memoByText } from './memo';

/**
 * `本报讯`, or a paper's name and `讯` not followed by a comma: that says it is a dateline even when OCR
 * drops the space after it (`江城日报讯今天上午`).
 */
const OWN_PAPER = /^本报讯/u;
const PAPER = /^(?!据)[\p{Script=Han}A-Za-z]{0,12}(?:日报|晚报|早报|时报|商报|快报)讯(?![，、。；])/u;
/** Any other `…讯` (`江城网讯`) must be set off from the text after it, or `通讯员…` would be one. */
const OTHER = /^(?!据)[\p{Script=Han}A-Za-z]{1,14}讯[\s*_]*(?:[（(]|$|\s)/u;
/** Wire and correspondents' datelines end in `电`. */
const WIRE = /^(?:新华社|中新社|本报)[\p{Script=Han}\d月日]{0,14}电/u;

/** Every form has its `讯` or `电` within this many code units of the start (fourteen characters, astral ones two units each). */
const MARK_WITHIN = 32;

export const isDateline = memoByText((text: string): boolean => {
  const t = trimStart(text);
  const head = t.slice(0, MARK_WITHIN);
  if (!head.includes('讯') && !head.includes('电')) return false;
  return OWN_PAPER.test(t) || PAPER.test(t) || OTHER.test(t) || WIRE.test(t);
});
