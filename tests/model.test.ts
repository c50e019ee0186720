import { describe, expect, it } from 'vitest';
import { uniqueId, type EpaperDocument } from '../lib/model';

describe('uniqueId', () => {
  it('never returns an id the document already uses', () => {
    const doc: EpaperDocument = {
      schema: 1,
      meta: {},
      articles: [{ id: 'a1', blocks: [{ id: 'b2', role: 'paragraph', text: 'x', raw: 'x' }, { id: 'b3', role: 'paragraph', text: 'y', raw: 'y' }] }],
    };
    const id = uniqueId(doc, 'b');
    expect(['a1', 'b2', 'b3']).not.toContain(id);
    expect(id.startsWith('b')).toBe(true);
  });
});
