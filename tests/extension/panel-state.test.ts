import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyArticle, applyFailure, applyProgress, documentFromRows, editBlock, rowsFromDetection, totals } from '../../components/panel/state';
import { detectPage } from '../../lib/detect';
import type { Article } from '../../lib/model/document';
import { htmlDoc } from '../detect/parse-html';
import { fixturePageDir, loadTruth } from '../support/truth';

const dir = fixturePageDir('jianglan-p03');
const truth = loadTruth(dir);
const url = `http://127.0.0.1:8000${truth.servePaths.html}`;
const detection = detectPage(htmlDoc(readFileSync(`${dir}/${truth.files.html}`, 'utf8')), url, { naturalSize: truth.image });

/** An article built from the truth's own blocks, as lib/layout would return for a perfect reading. */
function truthArticle(index: number, regionId: string): Article {
  const a = truth.articles[index];
  return {
    id: `${regionId}-article`,
    regionId,
    blocks: a.blocks.map((b, i) => ({ id: `${regionId}-b${i + 1}`, role: b.role, text: b.text, raw: b.text })),
  };
}

describe('panel state', () => {
  const rows = rowsFromDetection(detection);

  it('has one waiting row per hotspot, titled from the area', () => {
    expect(rows).toHaveLength(truth.articles.length);
    expect(rows.every((r) => r.status === 'idle' && r.progress === 0)).toBe(true);
  });

  it('moves progress forward within a status and resets it when the status changes', () => {
    const id = rows[0].regionId;
    let r = applyProgress(rows, { regionId: id, status: 'recognizing', progress: 0.6 });
    r = applyProgress(r, { regionId: id, status: 'recognizing', progress: 0.2 });
    expect(r[0]).toMatchObject({ status: 'recognizing', progress: 0.6 });
    expect(r[1]).toBe(rows[1]);
    r = applyProgress(r, { regionId: id, status: 'failed', progress: 0, error: 'worker died' });
    expect(r[0]).toMatchObject({ status: 'failed', progress: 0, error: 'worker died' });
  });

  it('keeps a finished article when a late progress or failure event arrives', () => {
    const id = rows[0].regionId;
    let r = applyArticle(rows, id, truthArticle(0, id), 1.5);
    r = applyProgress(r, { regionId: id, status: 'cancelled', progress: 0 });
    r = applyFailure(r, id, 'late');
    expect(r[0]).toMatchObject({ status: 'done', progress: 1, seconds: 1.5 });
    expect(r[0].article?.blocks.length).toBe(truth.articles[0].blocks.length);
  });

  it('edits one block, keeps its raw OCR text, and exports read articles in hotspot order', () => {
    let r = rows;
    // Finish out of order: the second before the first; the third fails.
    r = applyArticle(r, rows[1].regionId, truthArticle(1, rows[1].regionId), 2);
    r = applyArticle(r, rows[0].regionId, truthArticle(0, rows[0].regionId), 1);
    r = applyFailure(r, rows[2].regionId, 'OCR of region failed');
    const blockId = `${rows[1].regionId}-b2`;
    const original = r[1].article!.blocks[1].text;
    r = editBlock(r, blockId, '改过的文字');
    expect(r[1].article!.blocks[1]).toMatchObject({ text: '改过的文字', raw: original });
    expect(r[0].article).toEqual(truthArticle(0, rows[0].regionId));

    const doc = documentFromRows(detection.meta, r);
    expect(doc.articles.map((a) => a.regionId)).toEqual([rows[0].regionId, rows[1].regionId]);
    expect(totals(r)).toEqual({ done: 2, failed: 1, total: rows.length, meanSeconds: 1.5 });
  });
});
