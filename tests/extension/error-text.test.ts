import { describe, expect, it } from 'vitest';
import { errorText } from '../../entrypoints/sidepanel/error-text';
import { ImageAccessError } from '../../entrypoints/sidepanel/page-access';
import { ImportError } from '../../lib/import';

describe('errorText: browser errors in the UI language, with what to do next', () => {
  it.each([
    // Chrome's and Firefox's wording for a tab the extension may not script yet.
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'click the epaper-md button', '点击工具栏里的 epaper-md 按钮'],
    ['Missing host permission for the tab', 'click the epaper-md button', '点击工具栏里的 epaper-md 按钮'],
    ['Cannot access a chrome:// URL', 'Browser pages cannot be read', '浏览器自己的页面'],
    ['The extensions gallery cannot be scripted.', 'Browser pages cannot be read', '浏览器自己的页面'],
    ['No tab with id: 42.', 'go back to the e-paper page', '回到数字报版面'],
    ['Failed to fetch', 'Check the connection', '请检查网络'],
    ['NetworkError when attempting to fetch resource.', 'Check the connection', '请检查网络'],
    ['QuotaExceededError: the quota has been exceeded', 'delete old pages', '删除旧的版面'],
    ['Document is not focused.', 'copy again', '再复制'],
  ])('%s', (message, en, zh) => {
    expect(errorText(new Error(message), 'en')).toContain(en);
    expect(errorText(new Error(message), 'zh')).toContain(zh);
    // Nothing of the English developer text leaks into the Chinese sentence.
    for (const word of message.match(/[A-Za-z]{5,}/g) ?? []) expect(errorText(new Error(message), 'zh')).not.toContain(word);
  });

  it('names the image host and the cause, and points to the permission button', () => {
    const err = new ImageAccessError('https://img.example.cn', 'HTTP 403');
    expect(errorText(err, 'en')).toBe('The page image on https://img.example.cn could not be read (HTTP 403). Use the “Allow reading images” button; if access is already allowed, reload the e-paper page and try again.');
    expect(errorText(err, 'zh')).toContain('https://img.example.cn');
    expect(errorText(err, 'zh')).toContain('允许读取');
  });

  it('says what pasted text is accepted when it cannot be imported', () => {
    expect(errorText(new ImportError('pasted text is empty: nothing to import'), 'en')).toBe('This text cannot be imported (pasted text is empty: nothing to import). Paste plain OCR text, or Markdown exported by epaper-md.');
  });

  it('keeps an unknown message (an Error or a bare string) after a sentence saying what to try', () => {
    // Near misses: "fetch" alone and "permission" alone are not the known failures.
    expect(errorText(new Error('fetch handler threw.'), 'en')).toBe('Something went wrong: fetch handler threw. Reload the e-paper page and try again; if it keeps failing, export your proofreading.');
    expect(errorText('permission dialog closed', 'zh')).toBe('出了点问题：permission dialog closed。请重新加载数字报页面后再试；如果还不行，请导出已做的校对。');
  });
});
