/**
 * Class 5 of issue 15: huge arrays and deep nesting. A 400 000-point hotspot, 140 000 headings and 120 000
 * boxes are handled without a stack overflow (no `Math.min(...array)`), a polygon over the panel's point
 * limit is thinned with a warning instead of refused, and a `mergedFrom` chain 1 200 deep is refused with
 * a message that names the path and the limit instead of overflowing zod's recursion.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage, polygonBox } from '../../lib/detect';
import { MAX_POLYGON_POINTS } from '../../lib/detect/limits';
import { importText } from '../../lib/import';
import { detectionSchema } from '../../lib/messaging/schemas';
import { articleBox, type Block } from '../../lib/model/document';
import { fromJson, MAX_MERGE_DEPTH } from '../../lib/model/json';
import { htmlDoc } from '../detect/parse-html';
import { runCli } from './run-cli';

describe('huge arrays', () => {
  it('the box of a 400 000-point polygon', () => {
    const points = Array.from({ length: 400_000 }, (_, i): [number, number] => [100 + 50 * Math.cos(i / 1000), 200 + 30 * Math.sin(i / 1000)]);
    expect(polygonBox(points)).toEqual([50, 170, 150, 230]);
  });

  it('a page whose hotspot has 400 000 points keeps it, thinned to the panel limit, with a warning', () => {
    const n = 400_000;
    const coords = Array.from({ length: n }, (_, i) => `${Math.round(200 + 150 * Math.cos((2 * Math.PI * i) / n))},${Math.round(300 + 150 * Math.sin((2 * Math.PI * i) / n))}`).join(',');
    const doc = htmlDoc(`<img src="page.jpg" usemap="#m" width="400" height="600"><map name="m"><area shape="poly" coords="${coords}" href="a.htm"></map>`);
    const detection = detectPage(doc, 'http://127.0.0.1/node_1.htm', { naturalSize: { width: 400, height: 600 } });
    expect(detection.regions).toHaveLength(1);
    expect(detection.regions[0].polygon.length).toBeLessThanOrEqual(MAX_POLYGON_POINTS);
    expect(detection.regions[0].box).toEqual([50, 150, 350, 450]);
    expect(detection.warnings.join('\n')).toMatch(/has 400000 points: kept every 40th \(10000\)/);
    // What the panel accepts from the detector script.
    expect(detectionSchema.safeParse(detection).success).toBe(true);
  });

  it('140 000 headings import', () => {
    const text = Array.from({ length: 140_000 }, (_, i) => `## 标题${i}\n\n正文${i}。`).join('\n\n');
    const doc = importText(text, { name: 'many.md' });
    expect(doc.articles).toHaveLength(140_000);
    expect(doc.articles.at(-1)!.blocks.map((b) => b.text)).toEqual(['标题139999', '正文139999。']);
  });

  it('the box of an article of 300 000 blocks', () => {
    const blocks: Block[] = Array.from({ length: 300_000 }, (_, i) => ({ id: `b${i}`, role: 'paragraph', text: 'x', raw: 'x', source: { bbox: [i, i, i + 10, i + 10] } }));
    expect(articleBox({ id: 'a1', blocks })).toEqual([0, 0, 300_009, 300_009]);
  });
});

describe('deep nesting', () => {
  const chain = (depth: number): Block => {
    let block: Block = { id: 'leaf', role: 'paragraph', text: 'x', raw: 'x' };
    for (let i = 0; i < depth; i++) block = { id: `m${i}`, role: 'paragraph', text: 'x', raw: 'x', mergedFrom: [block] };
    return block;
  };
  const docWith = (block: Block) => ({ schema: 1, meta: {}, articles: [{ id: 'a1', blocks: [block] }] });

  it('a mergedFrom chain within the limit is read', () => {
    expect(fromJson(docWith(chain(MAX_MERGE_DEPTH))).articles[0].blocks[0].id).toBe(`m${MAX_MERGE_DEPTH - 1}`);
  });

  it('clean refuses a mergedFrom chain 1 200 deep with the path and the limit, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'epaper-md-deep-'));
    const file = join(dir, 'deep.json');
    writeFileSync(file, JSON.stringify(docWith(chain(1200))));
    const r = await runCli('clean', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`epaper-md: not an epaper-md document: articles[0].blocks[0].mergedFrom nests more than ${MAX_MERGE_DEPTH} merges deep (limit ${MAX_MERGE_DEPTH})\n`);
    expect(r.stdout).toBe('');
  });
});
