/** Small builders for repair tests: documents from role-tagged lines, and block texts back out. */
import type { Block, BlockRole, EpaperDocument } from '../../lib/model/document';
import type { RepairPass, Suggestion } from '../../lib/repair/types';
import { applySuggestion } from '../../lib/repair/apply';

export type Spec = string | [BlockRole, string] | Partial<Block> & { text: string };

let counter = 0;
/** One article per inner array; a plain string is a paragraph. Ids are a1…, b1… in order. */
export function makeDoc(...articles: Spec[][]): EpaperDocument {
  counter = 0;
  return {
    schema: 1,
    meta: {},
    articles: articles.map((blocks, i) => ({
      id: `a${i + 1}`,
      blocks: blocks.map((spec) => {
        counter += 1;
        const base = typeof spec === 'string' ? { text: spec } : Array.isArray(spec) ? { role: spec[0], text: spec[1] } : spec;
        return { id: `b${counter}`, role: 'paragraph' as BlockRole, raw: base.text, ...base };
      }),
    })),
  };
}

export const texts = (doc: EpaperDocument): string[] => doc.articles.flatMap((a) => a.blocks.filter((b) => !b.setAside).map((b) => b.text));

/** Applies every suggestion of one pass, one after the other (fresh suggestions each time), up to a cap. */
export function fixWith(pass: RepairPass, doc: EpaperDocument, min = 0): EpaperDocument {
  let current = doc;
  for (let i = 0; i < 50; i += 1) {
    const next = pass(current).find((s: Suggestion) => s.confidence >= min);
    if (!next) return current;
    const r = applySuggestion(current, next);
    if (!r.applied) throw new Error(`suggestion ${next.id} did not apply: ${r.skipped}`);
    current = r.doc;
  }
  throw new Error('pass did not settle in 50 steps');
}

/** Runs a text pass on single-paragraph documents: `valid` must not fire, `invalid` must give `output`. */
export function textCases(pass: RepairPass, role: BlockRole = 'paragraph') {
  return {
    fires: (text: string) => pass(makeDoc([[role, text]])).length > 0,
    fixed: (text: string) => texts(fixWith(pass, makeDoc([[role, text]])))[0],
  };
}

/** Applies all suggestions of one run of a pass (as one engine round would), in order. */
export function fixOnce(pass: RepairPass, doc: EpaperDocument): EpaperDocument {
  let current = doc;
  for (const s of pass(doc)) {
    const r = applySuggestion(current, s);
    if (!r.applied) throw new Error(`suggestion ${s.id} did not apply: ${r.skipped}`);
    current = r.doc;
  }
  return current;
}
