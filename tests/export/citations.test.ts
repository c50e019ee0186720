/**
 * Citations as reference managers read them: the CSL-JSON validated against the CSL-JSON schema
 * (`tests/export/fixtures/csl-data.schema.json`, copied from citation-style-language/schema,
 * `schemas/input/csl-data.json`, the schema Zotero and citeproc-js document as their input), and the RIS
 * parsed back by a reader that follows the RIS rule (`TAG  - value`, CR LF, `ER` ends a record).
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { CITE_FILES, exportFiles } from '../../lib/export';
import { cslJson, type CslItem } from '../../lib/export/csl';
import { risFile } from '../../lib/export/ris';
import { fixtureDocument } from './fixture-doc';
import { makeDoc } from './doc';

const schema = JSON.parse(readFileSync(new URL('./fixtures/csl-data.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** RIS records as tag → values, refusing any line that is not `TAG  - value`. */
function parseRis(text: string): Record<string, string[]>[] {
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CR LF only
  const records: Record<string, string[]>[] = [];
  let current: Record<string, string[]> | null = null;
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    const m = /^([A-Z][A-Z0-9])  - (.*)$/.exec(line);
    if (!m) throw new Error(`not a RIS line: ${JSON.stringify(line)}`);
    const [, tag, value] = m;
    if (tag === 'TY') current = {};
    if (!current) throw new Error(`${tag} before TY`);
    if (tag === 'ER') {
      records.push(current);
      current = null;
      continue;
    }
    (current[tag] ??= []).push(value);
  }
  if (current) throw new Error('record without ER');
  return records;
}

describe('CSL-JSON', () => {
  it('is valid CSL input: one article-newspaper record per article of the fixture page', async () => {
    const doc = await fixtureDocument('jianglan-p03');
    const items = JSON.parse(cslJson([doc])) as CslItem[];
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items).toHaveLength(doc.articles.length);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items[0]).toMatchObject({
      type: 'article-newspaper',
      title: '青禾县GDP同比增长6.2%', // the hotspot's spelling, not the misread 青禾昙
      author: [{ literal: '林晓岚' }],
      contributor: [{ literal: '周明远' }], // 通讯员; the reporter's caption credit (摄) does not repeat her
      'container-title': '江岚日报',
      issued: { 'date-parts': [[2024, 5, 16]] },
      page: '03',
      section: '要闻',
      URL: 'http://epaper.example.test/html/2024-05/16/content_410231.htm',
    });
  });

  it('the schema check can fail: a split name with a number, an unknown type and a bad date are refused', () => {
    expect(validate([{ id: 'x', type: 'newspaper' }])).toBe(false);
    expect(validate([{ id: 'x', type: 'article-newspaper', author: [{ family: 1 }] }])).toBe(false);
    expect(validate([{ id: 'x', type: 'article-newspaper', issued: { 'date-parts': [[2024, 5, 16, 1]] } }])).toBe(false);
    expect(validate([{ type: 'article-newspaper' }])).toBe(false);
  });

  it('leaves out what a pasted page does not know instead of writing empty fields', () => {
    const [item] = JSON.parse(cslJson([makeDoc([[['headline', '标题'], ['paragraph', '正文。']]])])) as CslItem[];
    expect(item).toEqual({ id: 'a1', type: 'article-newspaper', title: '标题', language: 'zh-CN' });
    expect(validate([item])).toBe(true);
  });
});

describe('RIS', () => {
  it('parses back into one NEWS record per article with the citation fields', async () => {
    const doc = await fixtureDocument('jianglan-p03');
    const records = parseRis(risFile([doc]));
    expect(records).toHaveLength(doc.articles.length);
    expect(records[0]).toEqual({
      TY: ['NEWS'],
      TI: ['青禾县GDP同比增长6.2%'],
      AU: ['林晓岚'],
      T2: ['江岚日报'],
      SE: ['要闻'],
      SP: ['03'],
      PY: ['2024'],
      DA: ['2024/05/16'],
      Y2: ['2024/05/16'],
      UR: ['http://epaper.example.test/html/2024-05/16/content_410231.htm'],
      LA: ['zh-CN'],
      N1: ['摄影：林晓岚', '通讯员、实习生：周明远', 'PDF: http://epaper.example.test/images/2024-05/16/03/P03.pdf'],
      ID: ['2024-05-16-江岚日报-03-a0'],
    });
    // `■通讯员 黄立新 本报记者 孙静`: the reporter is the author, whichever comes first.
    expect(records.map((r) => r.AU)).toEqual([['林晓岚'], ['陈雨桐'], ['王思源'], ['孙静'], ['刘明哲']]);
  });

  it('keeps a value with line breaks on its one line', () => {
    const doc = makeDoc([[['headline', '上行\n下行'], ['paragraph', '正文。']]]);
    expect(parseRis(risFile([doc]))[0].TI).toEqual(['上行 下行']);
  });
});

describe('citation files in an export', () => {
  it('are named like the page file, with their own extension and type', () => {
    const doc = makeDoc([[['headline', '标题']]], { newspaper: '示例日报', date: '2024-05-16', pageNumber: '03', pageName: '要闻' });
    const files = exportFiles(doc, { per: 'article', cite: ['csl', 'ris'] });
    expect(files.slice(1).map((f) => [f.path, f.mime])).toEqual([
      ['2024-05-16-示例日报-第03版-要闻.csl.json', CITE_FILES.csl.mime],
      ['2024-05-16-示例日报-第03版-要闻.ris', CITE_FILES.ris.mime],
    ]);
  });
});
