/** `--cite csl,ris` on the commands that write export files (through cli/output.ts). */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main';

const PAGE = join(__dirname, '../repair/pages/river-evening.md');

async function run(args: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, err: err.join('') };
}

describe('--cite', () => {
  it('writes the page citations beside the Markdown files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'epaper-cite-'));
    expect((await run(['clean', PAGE, '--out', dir, '--cite', 'csl,ris'])).code).toBe(0);
    const names = readdirSync(dir);
    const csl = names.find((n) => n.endsWith('.csl.json'))!;
    const ris = names.find((n) => n.endsWith('.ris'))!;
    const items = JSON.parse(readFileSync(join(dir, csl), 'utf8')) as { type: string }[];
    expect(items.length).toBe(names.filter((n) => n.endsWith('.md')).length);
    expect(items.every((i) => i.type === 'article-newspaper')).toBe(true);
    expect(readFileSync(join(dir, ris), 'utf8').match(/^TY {2}- NEWS\r$/gm)).toHaveLength(items.length);
  });

  it('refuses an unknown format and names the ones it takes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'epaper-cite-'));
    const { code, err } = await run(['clean', PAGE, '--out', dir, '--cite', 'bibtex']);
    expect(code).toBe(2);
    expect(err).toContain('--cite takes csl, ris separated by commas (e.g. csl,ris), got "bibtex"');
  });
});
