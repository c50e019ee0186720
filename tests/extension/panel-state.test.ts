import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyArticle, applyFailure, applyProgress, rowsFromDetection, totals } from '../../components/panel/state';
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


describe('panel rows', () => {
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

  it('keeps read articles and failures in hotspot order, whatever order they finish in', () => {
    let r = rows;
    // Finish out of order: the second before the first; the third fails.
    r = applyArticle(r, rows[1].regionId, truthArticle(1, rows[1].regionId), 2);
    r = applyArticle(r, rows[0].regionId, truthArticle(0, rows[0].regionId), 1);
    r = applyFailure(r, rows[2].regionId, 'OCR of region failed');
    expect(r.map((row) => row.regionId)).toEqual(rows.map((row) => row.regionId));
    expect(r[0].article).toEqual(truthArticle(0, rows[0].regionId));
    expect(r[2]).toMatchObject({ status: 'failed', error: 'OCR of region failed' });
    expect(totals(r)).toEqual({ done: 2, failed: 1, total: rows.length, meanSeconds: 1.5 });
  });

  it('adds a row for a region the detection did not name (the whole page read as one region)', () => {
    let r = applyProgress([], { regionId: 'whole', partId: 1, status: 'recognizing', progress: 0.3 });
    expect(r).toEqual([{ regionId: 'whole', status: 'recognizing', progress: 0.3 }]);
    r = applyArticle(r, 'whole', truthArticle(0, 'whole'));
    expect(r).toHaveLength(1);
    expect(r[0].status).toBe('done');
  });

});
