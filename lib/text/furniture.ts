/**
 * Page furniture: text the paper prints around the articles, not in them — jump lines (`下转第3版`),
 * editor credits (`责任编辑：…`), page numbers (`第3版`, `A2`, `- 3 -`) and running heads or feet (the
 * paper's name, the date, the page). Their wording is fixed newspaper typography, so each is matched as a
 * whole line; a phrase inside prose (`本报第3版刊登`, `上星期一`) is not furniture.
 */
import { charCount } from './edges';

const DIGITS = '[0-9０-９]';
const PAGE = `第\\s*[A-ZＡ-Ｚ]?${DIGITS}{1,3}\\s*版`;
/** `下转第3版`, `（转A2版）`, `上接第1版`: where the article goes on or came from. */
const JUMP = new RegExp(`^[（(【]?\\s*(?:下转|上接|接上|转下|续第|转)\\s*(?:第\\s*)?[A-Za-z]?\\s*${DIGITS}{1,3}\\s*版\\s*[）)】]?$`, 'u');
/** A forward jump mark anywhere in a text, capturing the page. */
const JUMP_FORWARD = new RegExp(`(?:下转|转)\\s*(?:第\\s*)?([A-Za-z]?\\s*${DIGITS}{1,3})\\s*版`, 'u');
const CREDIT = /^(?:本版)?(?:责任编辑|责编|美术编辑|美编|校对|版式设计|版式|组版|审读|值班编委|编辑)\s*[：:\s]/u;
/** A page number alone, or the page mark followed by the page's section names (`第3版 要闻`, `第01版：要闻`). */
const PAGE_NO = new RegExp(`^(?:${PAGE}(?:\\s*[：:]\\s*[^\\s。，；！？：:]{1,8})?(?:\\s+\\S{1,8})*|[A-Z]?[0-9]{1,2}|[-—－]\\s*${DIGITS}{1,3}\\s*[-—－])$`, 'u');
/** A paper's name alone (`东川日报`, `江城晚报`): the masthead when it stands next to other furniture. */
const PAPER_NAME = /^\p{Script=Han}{2,8}(?:日报|晚报|早报|时报|商报|都市报)$/u;
const FULL_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/u;
const WEEKDAY = /星期[一二三四五六日天]|周[一二三四五六日]/u;
const HEAD_MARK = new RegExp(`${PAGE}|${WEEKDAY.source}|日报|晚报|时报`, 'u');
const SENTENCE_PUNCT = /[。，；！？]/u;
/** Characters that are not white space, counted up to a line's limit (a paragraph is not read to its end). */
const chars = (t: string, limit: number) => charCount(t, limit, true);
/** The longest paper name: two to eight characters and its kind (`都市报`). */
const MAX_PAPER_NAME = 11;

interface FurnitureContext {
  /** The paper's and the page's names, which a running head repeats. */
  names?: readonly string[];
  /** The line sits in the page's top or bottom band, where a date or weekday alone is a running head. */
  atPageEdge?: boolean;
}

export const isJumpLine = (text: string): boolean => JUMP.test(text.trim());
/** The page a forward jump mark in the text (`……（下转第3版）`) sends the reader to, e.g. `3` or `A2`. */
export const jumpTarget = (text: string): string | undefined => JUMP_FORWARD.exec(text)?.[1].replace(/\s+/gu, '');
export const isEditorCredit = (text: string): boolean => CREDIT.test(text.trim()) && chars(text, 40) <= 40;
export const isPageNumber = (text: string): boolean => PAGE_NO.test(text.trim());

/** A short line with the date and a page, weekday or paper mark, or the paper's or page's own name. */
export function isRunningHead(text: string, { names = [], atPageEdge = false }: FurnitureContext = {}): boolean {
  const t = text.trim();
  if (chars(t, 40) > 40 || SENTENCE_PUNCT.test(t)) return false;
  if (names.includes(t)) return true;
  // In the body a date alone is a notice's signature line; at the page edge it is a piece of the running head.
  if (atPageEdge && t.replace(FULL_DATE, '').replace(WEEKDAY, '').trim() === '') return true;
  return FULL_DATE.test(t) && HEAD_MARK.test(t);
}

/**
 * The paper's name alone on a line. By itself it may be a headline or a quotation of a title, so the
 * set-aside pass takes it for the masthead only right next to a page line or running head.
 */
export const isPaperName = (text: string): boolean => chars(text, MAX_PAPER_NAME) <= MAX_PAPER_NAME && PAPER_NAME.test(text.replace(/\s/gu, ''));

export function isFurniture(text: string, context: FurnitureContext = {}): boolean {
  return isJumpLine(text) || isEditorCredit(text) || isPageNumber(text) || isRunningHead(text, context);
}
