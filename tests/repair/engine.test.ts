import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyAll, suggest } from '../../lib/repair/engine';
import { PASSES } from '../../lib/repair/registry';
import { SUGGESTION_KINDS } from '../../lib/repair/types';
import { makeDoc, texts } from './helpers';

const PASS_DIR = join(__dirname, '../../lib/repair/passes');

describe('registry', () => {
  it('lists every pass file once, with a documented rule, bilingual meta and a test', () => {
    const files = readdirSync(PASS_DIR).filter((f) => f.endsWith('.ts'));
    expect(PASSES.map((p) => p.file).sort()).toEqual(files.sort());
    for (const p of PASSES) {
      expect(SUGGESTION_KINDS).toContain(p.meta.kind);
      expect(p.meta.title.zh && p.meta.title.en && p.meta.description.zh && p.meta.description.en).toBeTruthy();
      expect(readFileSync(join(PASS_DIR, p.file), 'utf8')).toMatch(/^\/\*\*\n \* §\d+ /);
      expect(readdirSync(join(__dirname, 'passes'))).toContain(p.file.replace('.ts', '.test.ts'));
    }
  });
});

describe('engine', () => {
  const doc = makeDoc(['今年以来 , 我市锚定全面落实战略', '定位和使命任务 , 大力开展攻坚年', '行动 , 工业用电量持续攀升。', '围绕重点项目建设 , 市发改委狠抓', '规上工业企业用电监测预警调度机', '制。']);

  it('suggest gives stable ids and no duplicates', () => {
    const a = suggest(doc).map((s) => s.id);
    expect(new Set(a).size).toBe(a.length);
    expect(suggest(doc).map((s) => s.id)).toEqual(a);
  });

  it('does not list a sentence join that a rebuilt paragraph already makes', () => {
    const kinds = suggest(doc).map((s) => s.kind);
    expect(kinds).toContain('line-paragraphs');
    expect(kinds).not.toContain('split-sentence');
  });

  it('applyAll repairs in rounds and is idempotent', () => {
    const r = applyAll(doc, { minConfidence: 0.8 });
    expect(texts(r.doc)).toEqual(['今年以来，我市锚定全面落实战略定位和使命任务，大力开展攻坚年行动，工业用电量持续攀升。', '围绕重点项目建设，市发改委狠抓规上工业企业用电监测预警调度机制。']);
    expect(r.rounds).toBeGreaterThan(1);
    const again = applyAll(r.doc, { minConfidence: 0.8 });
    expect(again.applied).toEqual([]);
    expect(again.doc).toEqual(r.doc);
  });

  it('safe mode leaves lower-confidence suggestions pending', () => {
    const r = applyAll(makeDoc(['共|0人参加，20l2年开始。']));
    expect(texts(r.doc)).toEqual(['共|0人参加，20l2年开始。']);
    expect(r.pending.map((s) => s.kind)).toEqual(['punctuation']);
  });

  it('applyAll never applies a rejected suggestion and reports the id it has after an earlier fix moved it', () => {
    const doc = makeDoc(['经济 发展,电力先行。']);
    const comma = suggest(doc).find((s) => s.kind === 'punctuation')!;
    const r = applyAll(doc, { rejected: [comma.id] });
    expect(texts(r.doc)).toEqual(['经济发展,电力先行。']);
    const moved = r.pending.find((s) => s.kind === 'punctuation')!;
    expect(moved.id).not.toBe(comma.id);
    expect(moved.edits![0].start).toBe(comma.edits![0].start - 1);
    expect(r.rejected).toEqual([comma.id, moved.id]);
    // Near miss: a selection that leaves it out does not make it rejected.
    expect(applyAll(doc, { select: (s) => s.kind === 'cjk-spaces' }).rejected).toEqual([]);
  });

  it('follows a rejected suggestion into the block a join appends it to', () => {
    const doc = makeDoc(['今年以来，我市锚定全面落实战略', '定位和使命任务,大力开展攻坚年行动。']);
    const comma = suggest(doc).find((s) => s.kind === 'punctuation')!;
    const r = applyAll(doc, { rejected: [comma.id], minConfidence: 0 });
    expect(texts(r.doc)).toEqual(['今年以来，我市锚定全面落实战略定位和使命任务,大力开展攻坚年行动。']);
    expect(r.pending.map((s) => s.id)).toEqual([r.rejected[1]]);
    expect(r.pending[0].edits![0]).toMatchObject({ blockId: 'b1', start: 15 + comma.edits![0].start });
    // Near miss: not rejected, the comma is fixed in the joined block.
    expect(texts(applyAll(doc, { minConfidence: 0 }).doc)).toEqual(['今年以来，我市锚定全面落实战略定位和使命任务，大力开展攻坚年行动。']);
  });
});
