import { describe, expect, it } from 'vitest';
import { pickLang, translator } from '../lib/i18n';

describe('i18n', () => {
  it('follows the browser language: any zh-* is Chinese, the rest English', () => {
    expect(pickLang('zh-CN')).toBe('zh');
    expect(pickLang('zh-TW')).toBe('zh');
    expect(pickLang('en-US')).toBe('en');
    expect(pickLang('de')).toBe('en');
    expect(pickLang(undefined)).toBe('en');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator({ saved: { zh: '已保存 {n} 篇', en: 'Saved {n} articles {x}' } }, 'en');
    expect(t('saved', { n: 3 })).toBe('Saved 3 articles {x}');
    expect(translator({ saved: { zh: '已保存 {n} 篇', en: '' } }, 'zh')('saved', { n: 2 })).toBe('已保存 2 篇');
  });
});
