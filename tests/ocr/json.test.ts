import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BLOCK_ROLES, type Block, type EpaperDocument } from '../../lib/model';
import { DocumentJsonError, fromJson, toJson } from '../../lib/model/json';

function doc(): EpaperDocument {
  const block = (id: string, role: Block['role'], text: string, extra: Partial<Block> = {}): Block => ({ id, role, text, raw: text, ...extra });
  return {
    schema: 1,
    meta: { newspaper: '示例日报', date: '2024-05-01', pageNumber: '03', imageSize: { width: 900, height: 260 } },
    articles: [
      {
        id: 'a1',
        regionId: 'r1',
        href: 'http://127.0.0.1/a1.html',
        blocks: [
          block('k', 'kicker', '引题'),
          block('h', 'headline', '主标题', { source: { regionId: 'r1', bbox: [1, 2, 3, 4], confidence: 91, lines: [{ text: '主标题', bbox: [1, 2, 3, 4], confidence: 91, words: [{ text: '主标题', bbox: [1, 2, 3, 4], confidence: 91 }] }] } }),
          block('by', 'byline', '■本报记者 某某'),
          block('p1', 'paragraph', '第一段。'),
          block('f', 'furniture', '下转第3版', { setAside: { kind: 'jump-line', reason: 'jump line', previousRole: 'paragraph' } }),
          block('p2', 'paragraph', '第二段。', { flags: [{ kind: 'gap', at: 2, note: 'duplicate removed' }], mergedFrom: [block('old', 'paragraph', '第二')] }),
          block('c', 'caption', '图为现场。'),
        ],
      },
    ],
  };
}

describe('toJson', () => {
  it('adds the plain fields derived from body blocks', () => {
    const [a] = toJson(doc()).articles;
    expect(a.kicker).toBe('引题');
    expect(a.headline).toBe('主标题');
    expect(a.subtitle).toBeNull();
    expect(a.byline).toBe('■本报记者 某某');
    expect(a.paragraphs).toEqual(['第一段。', '第二段。']);
    expect(a.captions).toEqual(['图为现场。']);
  });

  it('leaves set-aside blocks out of the derived fields but keeps them in blocks', () => {
    const d = doc();
    d.articles[0].blocks[1].setAside = { kind: 'user', reason: 'user', previousRole: 'headline' };
    const [a] = toJson(d).articles;
    expect(a.headline).toBeNull();
    expect(a.blocks).toHaveLength(7);
  });
});

describe('fromJson', () => {
  it('reads back what toJson wrote, through JSON text', () => {
    expect(fromJson(JSON.parse(JSON.stringify(toJson(doc()))))).toEqual(doc());
  });

  it('round-trips any block roles and texts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...BLOCK_ROLES), fc.string()), { maxLength: 8 }), (rows) => {
        const d: EpaperDocument = { schema: 1, meta: {}, articles: [{ id: 'a', blocks: rows.map(([role, text], i) => ({ id: `b${i}`, role, text, raw: text })) }] };
        expect(fromJson(JSON.parse(JSON.stringify(toJson(d))))).toEqual(d);
      }),
    );
  });

  it('names the path and the problem of invalid fields', () => {
    const bad = JSON.parse(JSON.stringify(toJson(doc())));
    bad.articles[0].blocks[3].role = 'title';
    bad.articles[0].blocks[1].source.bbox = [1, 2, 3];
    expect(() => fromJson(bad)).toThrow(DocumentJsonError);
    expect(() => fromJson(bad)).toThrow(/articles\[0\]\.blocks\[1\]\.source\.bbox/);
    expect(() => fromJson(bad)).toThrow(/articles\[0\]\.blocks\[3\]\.role/);
  });

  it('explains an unsupported schema version', () => {
    expect(() => fromJson({ schema: 2, meta: {}, articles: [] })).toThrow('unsupported document schema 2; this version reads schema 1');
  });

  it('rejects a malformed date and duplicate ids', () => {
    expect(() => fromJson({ schema: 1, meta: { date: '5/1/2024' }, articles: [] })).toThrow('meta.date: date must be YYYY-MM-DD');
    const dup = { schema: 1, meta: {}, articles: [{ id: 'a', blocks: [{ id: 'a', role: 'paragraph', text: '', raw: '' }] }] };
    expect(() => fromJson(dup)).toThrow('id "a" is used twice');
  });

  it('rejects things that are not documents at all', () => {
    expect(() => fromJson(null)).toThrow(/not an epaper-md document: \(document\)/);
    expect(() => fromJson([])).toThrow(DocumentJsonError);
  });
});
