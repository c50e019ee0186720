/**
 * UI text in Chinese and English, following the browser language. Each UI area keeps its own string table
 * (`Strings`), so adding a screen never touches a global file; `translator` turns a table into `t()`.
 */
export type Lang = 'zh' | 'en';

/** Any zh-* browser language gets Chinese (zh-CN text); everything else English. */
export function pickLang(tag: string | undefined | null): Lang {
  return tag && tag.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export type Strings<K extends string> = Record<K, { zh: string; en: string }>;

/** `t('saved', { n: 3 })` with `{n}` placeholders in the text. */
export function translator<K extends string>(strings: Strings<K>, lang: Lang) {
  return (key: K, vars: Record<string, string | number> = {}): string =>
    strings[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
