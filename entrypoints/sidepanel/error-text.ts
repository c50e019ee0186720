/**
 * What a caught value means to the user, in the UI language, with what to do next. Browser APIs reject
 * with English developer text ("Cannot access contents of the page. Extension manifest must request
 * permission…"); the known ones are recognised by their wording, in Chrome's and Firefox's forms.
 * Anything else keeps its own text after a sentence that says what to try.
 */
import { translator, type Lang, type Strings } from '../../lib/i18n';
import { ImportError } from '../../lib/import';
import { ImageAccessError } from './page-access';
import { ImageTooLargeError } from './page-decode';

const ERROR_STRINGS = {
  pageNotReadable: {
    zh: '还不能读取这个标签页。请在这个标签页上点击工具栏里的 epaper-md 按钮（可先把它固定到工具栏），再试一次。',
    en: 'This tab cannot be read yet: click the epaper-md button in the toolbar on this tab (pin it first if it is hidden), then try again.',
  },
  browserPage: {
    zh: '浏览器自己的页面不能读取。请打开一份数字报版面，再点击 epaper-md 按钮。',
    en: 'Browser pages cannot be read: open an e-paper page, then click the epaper-md button.',
  },
  tabGone: {
    zh: '这个标签页已经关闭或换了页面。请回到数字报版面，再点击 epaper-md 按钮。',
    en: 'The tab was closed or moved to another page: go back to the e-paper page and click the epaper-md button again.',
  },
  imageAccess: {
    zh: '无法读取 {origin} 上的版面图片（{cause}）。请点“允许读取”按钮授权；若已授权，请重新加载数字报页面后再试。',
    en: 'The page image on {origin} could not be read ({cause}). Use the “Allow reading images” button; if access is already allowed, reload the e-paper page and try again.',
  },
  imageTooLarge: {
    zh: '版面图片太大，无法识别（{detail}）。请在网站上选择较小的版面图片，或截取当前页面来识别。',
    en: 'The page image is too large to read ({detail}). Choose a smaller page image on the site, or capture the visible page instead.',
  },
  network: {
    zh: '网络连接失败，版面图片没有下载下来。请检查网络，重新加载数字报页面后再试。',
    en: 'The network request failed, so the page image was not downloaded. Check the connection, reload the e-paper page and try again.',
  },
  storageFull: {
    zh: '浏览器存储已满。请导出并在“最近的版面”里删除旧的版面，再试一次。',
    en: 'Browser storage is full: export, delete old pages under Recent pages, then try again.',
  },
  clipboard: {
    zh: '浏览器没有允许写入剪贴板。请点击面板后再复制，或改用“下载 Markdown”。',
    en: 'The browser did not allow writing to the clipboard: click into the panel and copy again, or use Download Markdown.',
  },
  unreadableText: {
    zh: '这段文本无法导入（{detail}）。请粘贴识别出的纯文本，或 epaper-md 导出的 Markdown。',
    en: 'This text cannot be imported ({detail}). Paste plain OCR text, or Markdown exported by epaper-md.',
  },
  other: {
    zh: '出了点问题：{detail}。请重新加载数字报页面后再试；如果还不行，请导出已做的校对。',
    en: 'Something went wrong: {detail}. Reload the e-paper page and try again; if it keeps failing, export your proofreading.',
  },
} satisfies Strings<string>;

type ErrorKey = keyof typeof ERROR_STRINGS;

/** Browser wording → what it means. Order matters: the first match wins. */
const KNOWN: [RegExp, ErrorKey][] = [
  [/cannot be scripted|chrome:\/\/|about:|edge:\/\/|moz-extension:|chrome-extension:|extensions gallery/i, 'browserPage'],
  [/cannot access contents of|missing host permission|must request permission|permission to access|cannot access a chrome/i, 'pageNotReadable'],
  [/no tab with id|invalid tab id|tab was closed|frame with id \d+ was removed|the tab was closed/i, 'tabGone'],
  [/quota|QuotaExceededError/i, 'storageFull'],
  [/clipboard|Document is not focused|writeText/i, 'clipboard'],
  [/failed to fetch|networkerror|network error|load failed/i, 'network'],
];

const detailOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export function errorText(err: unknown, lang: Lang): string {
  const t = translator(ERROR_STRINGS, lang);
  if (err instanceof ImageAccessError) return t('imageAccess', { origin: err.origin, cause: err.cause });
  if (err instanceof ImageTooLargeError) return t('imageTooLarge', { detail: err.detail });
  const detail = detailOf(err);
  if (err instanceof ImportError) return t('unreadableText', { detail });
  const known = KNOWN.find(([pattern]) => pattern.test(detail));
  return known ? t(known[1]) : t('other', { detail: detail.replace(/[.。]+$/, '') });
}
