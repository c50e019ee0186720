/**
 * The people a byline credits, by role, for the front matter and the citation records: `■本报记者 田野
 * 通讯员 李四` → authors [田野], contributors [李四]; `文/王五 图/赵六` → authors [王五], photographers
 * [赵六]; `记者 田野 摄` → photographers [田野]. Whether a line *is* a byline is `isByline`'s question
 * (byline.ts); this only splits one.
 *
 * A role word applies to the names after it, up to the next role word; `摄` after names credits them
 * with the photo, `摄影报道` with the photo as well as the text. A credit mark before a role word decides
 * the role: `图/记者 李四` took the photo, `文/通讯员 王五` wrote the text. Names are separated by spaces,
 * 、，, or ；. An organisation before a role (`本报`, `新华社`, `江城日报全媒体`) is not a person and is
 * dropped, and so are ■ and the shapes set in its place.
 */
import { stripParentheses } from './edges';

export interface Credits {
  authors: string[];
  photographers: string[];
  contributors: string[];
}

type CreditRole = keyof Credits;

const ROLE_OF: Record<string, CreditRole> = {
  记者: 'authors',
  撰稿人: 'authors',
  撰文: 'authors',
  撰稿: 'authors',
  作者: 'authors',
  文: 'authors',
  '文/图': 'authors',
  '图/文': 'authors',
  通讯员: 'contributors',
  实习生: 'contributors',
  摄影记者: 'photographers',
  摄影: 'photographers',
  摄: 'photographers',
  图: 'photographers',
};
/** `文/图` credits the same people with the photos. */
const ALSO_PHOTOGRAPHERS = new Set(['文/图', '图/文']);

// Longest first, so 摄影记者 wins over 摄影 and 记者. One-character roles (文, 图, 摄) are so common inside
// names (王文静) that they count only with a mark after them (`文/`, `图：`); 摄 also at the end of a
// credit (`田野 摄`).
const ROLE = /摄影记者|撰稿人|通讯员|实习生|文\/图|图\/文|记者|撰文|撰稿|作者|摄影|[文图摄](?=[/:：])|摄(?=[\s、，,；;]|$)/gu;
const MARKER = /^[■●◆▲△□◇]\s*/u;
const SEPARATORS = /[\s、，,；;/:：]+/u;
/** A personal name: two to four Han characters, or longer with a middle dot (阿卜杜·热合曼). */
const NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}+·\p{Script=Han}+)$/u;
/** Who employs the people named after it, not a person: 本报, 新华社, 江城日报全媒体, 市融媒体中心. */
const ORGANISATION = /(?:本报|社|报|台|网|媒体|中心|站|特约|实习|见习|首席|资深)$/u;

/** `文/`, `图/`, `文/图`: credit marks, which decide the role of a role word right after them. */
const MARKS = new Set(['文', '图', '文/图', '图/文']);
/** `本报记者 张三 摄影报道`: the reporter wrote the text and took the photos. */
const PHOTO_REPORT = /(?:摄影|图文)报道$/u;

function normalise(byline: string): string {
  return stripParentheses(byline.trim().replace(/^\*+|\*+$/g, '').replace(MARKER, ''))
    .replace(/\s*(?:摄影|图文)?报道$/u, '') // `本报记者 张三 报道`: the verb, not a name
    .replace(/／/g, '/')
    .trim();
}

const namesIn = (text: string): string[] => text.split(SEPARATORS).filter((n) => NAME.test(n) && !ORGANISATION.test(n));

export function parseCredits(byline: string): Credits {
  const credits: Credits = { authors: [], photographers: [], contributors: [] };
  const add = (role: CreditRole, name: string) => {
    if (!credits[role].includes(name)) credits[role].push(name);
  };
  const photoReport = PHOTO_REPORT.test(stripParentheses(byline.trim()));
  const text = normalise(byline);
  if (photoReport) {
    // Everyone the line credits took the photos too, in the role the line gives them.
    const people = parseCredits(text);
    return { ...people, photographers: [...new Set([...people.authors, ...people.contributors, ...people.photographers])] };
  }
  const matches = [...text.matchAll(ROLE)];
  // Names before the first role word can only be credited by a trailing 摄.
  let previous: { role?: string; names: string[] } = { names: namesIn(text.slice(0, matches[0]?.index ?? text.length)) };
  // Role words with no names of their own (`文/图 记者 王五`) credit the names of the next role word too.
  let waiting: string[] = [];
  matches.forEach((m, i) => {
    const end = matches[i + 1]?.index ?? text.length;
    const names = namesIn(text.slice(m.index + m[0].length, end));
    if (names.length === 0 && ROLE_OF[m[0]] === 'photographers' && previous.names.length && i === matches.length - 1) {
      // `记者 田野 摄`: the names before it took the photo (and are credited for that, not the text).
      for (const n of previous.names) {
        if (previous.role) credits[ROLE_OF[previous.role]] = credits[ROLE_OF[previous.role]].filter((x) => x !== n);
        add('photographers', n);
      }
      return;
    }
    if (names.length === 0) {
      waiting.push(m[0]);
      return;
    }
    const marks = waiting.filter((w) => MARKS.has(w));
    for (const role of marks.length ? marks : [m[0], ...waiting]) {
      for (const n of names) {
        add(ROLE_OF[role], n);
        if (ALSO_PHOTOGRAPHERS.has(role)) add('photographers', n);
      }
    }
    waiting = [];
    previous = { role: m[0], names };
  });
  return credits;
}
