import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegionsFile } from '../../cli/page-source';

let dir: string;
let n = 0;

async function regionsFile(content: unknown): Promise<string> {
  n += 1;
  const path = join(dir, `regions-${n}.json`);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'epaper-regions-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadRegionsFile', () => {
  it('reads boxes and polygons in image pixels', async () => {
    const path = await regionsFile({ regions: [
      { id: 'a0', box: [10, 20, 300, 400], title: '头条' },
      { id: 'a1', polygon: [[0, 0], [100, 0], [100, 50.5], [0, 50.5]] },
    ] });
    expect(await loadRegionsFile(path)).toEqual([
      { id: 'a0', shape: 'user', box: [10, 20, 300, 400], polygon: [[10, 20], [300, 20], [300, 400], [10, 400]], title: '头条' },
      { id: 'a1', shape: 'user', box: [0, 0, 100, 51], polygon: [[0, 0], [100, 0], [100, 50.5], [0, 50.5]] },
    ]);
  });

  it('accepts a bare list of regions', async () => {
    expect(await loadRegionsFile(await regionsFile([{ id: 'x', box: [0, 0, 5, 5] }]))).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{"regions": [', /is not valid JSON/],
    ['no regions key', { areas: [] }, /"regions" must be a list/],
    ['region without shape', { regions: [{ id: 'a0' }] }, /region 1 \("a0"\): needs a "box"/],
    ['short box', { regions: [{ id: 'a0', box: [0, 0] }, { id: 'a1', box: [1, 2, 3] }] }, /region 1 \("a0"\): "box" must be \[x0, y0, x1, y1\]/],
    ['reversed box', { regions: [{ id: 'ok', box: [0, 0, 5, 5] }, { id: 'a1', box: [50, 0, 10, 10] }] }, /region 2 \("a1"\): "box" must have x0 < x1/],
    ['negative coords', { regions: [{ id: 'a0', box: [-1, 0, 10, 10] }] }, /region 1 \("a0"\): coordinates must not be negative/],
    ['text coords', { regions: [{ id: 'a0', box: [0, '1', 10, 10] }] }, /coordinates must be numbers/],
    ['two-point polygon', { regions: [{ id: 'p', polygon: [[0, 0], [5, 5]] }] }, /region 1 \("p"\): "polygon" needs at least 3 points/],
    ['flat polygon', { regions: [{ id: 'p', polygon: [[0, 0], [5, 0], [9, 0]] }] }, /"polygon" encloses no area/],
    ['bad point', { regions: [{ id: 'p', polygon: [[0, 0], [5], [9, 9]] }] }, /each polygon point must be \[x, y\]/],
    ['missing id', { regions: [{ box: [0, 0, 5, 5] }] }, /region 1: "id" must be a string/],
    ['empty id', { regions: [{ id: ' ', box: [0, 0, 5, 5] }] }, /"id" must not be empty/],
    ['duplicate id', { regions: [{ id: 'a', box: [0, 0, 5, 5] }, { id: 'a', box: [1, 1, 5, 5] }] }, /region 2 \("a"\): id "a" is used twice/],
    ['not an object', { regions: ['a0'] }, /region 1: each region must be an object/],
  ])('rejects %s with a specific message', async (_name, content, message) => {
    await expect(loadRegionsFile(await regionsFile(content))).rejects.toThrow(message);
  });

  it('names a missing file', async () => {
    await expect(loadRegionsFile(join(dir, 'nope.json'))).rejects.toThrow(/file not found: .*nope\.json/);
  });
});
