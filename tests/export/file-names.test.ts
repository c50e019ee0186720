import { describe, expect, it } from 'vitest';
import { capBytes, exportFiles, fillTemplate, pageFileBase, sanitizeSegment, uniqueFileName } from '../../lib/export';
import { fixturePageDir, loadTruth } from '../support/truth';
import { makeDoc } from './doc';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('file names from hostile titles', () => {
  it.each([
    ['../../etc/passwd', 'etc passwd'],
    ['a/b\\c', 'a b c'],
    ['标题：副标题*?', '标题：副标题'],
    ['C:\\Windows', 'C Windows'],
    ['  .hidden  ', 'hidden'],
    ['trailing dots...', 'trailing dots'],
    ['tab\there\nnewline', 'tab here newline'],
    ['CON', '_CON'],
    ['一\u202e反转', '一反转'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeSegment(input)).toBe(expected);
  });

  it('keeps CJK full-width punctuation and emoji intact', () => {
    expect(sanitizeSegment('乡村振兴“新答卷”😀')).toBe('乡村振兴“新答卷”😀');
  });

  it('caps 300-character titles under 255 bytes without splitting a character', () => {
    const long = '长'.repeat(300);
    const name = uniqueFileName(long, 'md', new Set());
    expect(bytes(name)).toBeLessThanOrEqual(255);
    expect(name.endsWith('长.md')).toBe(true);
    const emoji = capBytes('😀'.repeat(100), 10);
    expect(emoji).toBe('😀😀'); // 4 bytes each: a third would pass 10
  });

  it('never returns an empty name', () => {
    expect(uniqueFileName('', 'md', new Set())).toBe('untitled.md');
    expect(uniqueFileName('///', 'md', new Set())).toBe('untitled.md');
  });

  it('numbers duplicates, case-insensitively', () => {
    const taken = new Set<string>();
    expect(uniqueFileName('同名', 'md', taken)).toBe('同名.md');
    expect(uniqueFileName('同名', 'md', taken)).toBe('同名-2.md');
    expect(uniqueFileName('Name', 'md', taken)).toBe('Name.md');
    expect(uniqueFileName('name', 'md', taken)).toBe('name-2.md');
  });

  it('fills templates and tidies separators left by missing fields', () => {
    expect(fillTemplate('{date}-{newspaper}-{page}-{title}', { date: '2024-05-16', newspaper: '示例日报', page: '第03版', title: 'a/b' })).toBe(
      '2024-05-16-示例日报-第03版-a b',
    );
    expect(fillTemplate('{date}-{newspaper}-{page}-{title}', { title: '只有标题' })).toBe('只有标题');
    expect(fillTemplate('{unknown}-{title}', { title: 'x' })).toBe('x');
  });
});

describe('the page file name (page Markdown, JSON, zip — CLI and extension)', () => {
  const truth = loadTruth(fixturePageDir('jianglan-p03'));
  const meta = { date: truth.date, newspaper: truth.paper, pageNumber: truth.pageNumber, pageName: truth.pageName };

  it('is named from the page facts, CJK kept', () => {
    expect(pageFileBase(makeDoc([], meta))).toBe(`${truth.date}-${truth.paper}-第${truth.pageNumber}版-${truth.pageName}`);
  });

  it('keeps nothing a file system rejects from hostile page facts, and is never empty', () => {
    const name = pageFileBase(makeDoc([], { newspaper: '../../etc/passwd', pageName: 'a:b*c?<d>|', date: '2024-05-16' }));
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
    expect(name.startsWith('2024-05-16-')).toBe(true);
    expect(pageFileBase(makeDoc([]))).toBe('epaper-md');
  });

  it('is the base of the page file and the JSON file in an export', () => {
    const doc = makeDoc([[['headline', '标题']]], meta);
    const paths = exportFiles(doc, { per: 'page', json: '{}' }).map((f) => f.path);
    expect(paths).toEqual([`${pageFileBase(doc)}.md`, `${pageFileBase(doc)}.json`]);
    expect(exportFiles(makeDoc([[['headline', '标题']]]), { per: 'page', json: '{}' }).map((f) => f.path)).toEqual(['epaper-md.md', 'epaper-md.json']);
  });
});

/**
 * The three rule sets a name must pass (Windows: Win32 naming rules; macOS: APFS/HFS+ and the Finder's
 * `:`; Linux: ext4), checked on what sanitizeSegment and uniqueFileName hand out.
 */
const OS_RULES: Record<string, (name: string) => boolean> = {
  windows: (n) => !/[<>:"/\\|?*\u0000-\u001f]/.test(n) && !/[. ]$/.test(n) && !/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(n) && n.length <= 255,
  macos: (n) => !/[:/\u0000]/.test(n) && !n.startsWith('.') && bytes(n.normalize('NFD')) <= 255 * 3 && n.length <= 255,
  linux: (n) => !/[/\u0000]/.test(n) && n !== '.' && n !== '..' && bytes(n) <= 255,
};

describe('names keep meaningful characters every OS allows', () => {
  it.each([
    ['青禾县GDP同比增长6.2%', '青禾县GDP同比增长6.2%'],
    ['阿卜杜·热合曼：我的家乡', '阿卜杜·热合曼：我的家乡'],
    ['谁在“推窗见绿”？《报告》！', '谁在“推窗见绿”？《报告》！'],
    ['全角＊＜＞｜＂／＼', '全角＊＜＞｜＂／＼'], // full-width look-alikes are ordinary characters everywhere
    ['增长50%: 半角冒号', '增长50% 半角冒号'],
    ['链接#标题^块[别名]|', '链接 标题 块 别名'], // what would break an Obsidian [[link]]
  ])('%j → %j', (input, expected) => {
    const name = sanitizeSegment(input);
    expect(name).toBe(expected);
    for (const [os, allowed] of Object.entries(OS_RULES)) expect(allowed(`${name}.md`), `${os}: ${name}`).toBe(true);
  });

  it('the rule sets reject what they should (the check itself can fail)', () => {
    expect(OS_RULES.windows('a:b.md')).toBe(false);
    expect(OS_RULES.windows('nul.md')).toBe(false);
    expect(OS_RULES.macos('a:b.md')).toBe(false);
    expect(OS_RULES.linux(`${'长'.repeat(90)}.md`)).toBe(false);
  });

  it('names an article after the hotspot title when the OCR headline differs, and records both', () => {
    const doc = makeDoc([[['headline', '5G信号履盖全县所有行政村'], ['paragraph', '正文。']]], { date: '2024-05-16', newspaper: '江岚日报', pageNumber: '03' });
    doc.articles[0].hotspotTitle = '5G信号覆盖全县所有行政村';
    const [file] = exportFiles(doc);
    expect(file.path).toBe('2024-05-16-江岚日报-第03版-5G信号覆盖全县所有行政村.md');
    expect(file.content).toContain('title: 5G信号履盖全县所有行政村\nhotspot_title: 5G信号覆盖全县所有行政村\n');
  });
});
