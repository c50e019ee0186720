/**
 * A fixture edition for the whole-issue tests: the rendered fixture pages (tests/fixtures/pages/*) as the
 * pages 01–04 of one paper on one day, written into a folder for the fixture server (nothing committed but
 * this generator). Each page is the Founder classic node page of its image, with the edition's page list
 * (`<a id=pageLink>` rows, PDF beside each), its article content pages and a small stand-in PDF.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { contentFiles, displayAreas, epaperPaths, founderHtml, relativeFromHtml, type ListedPage } from '../fixtures/epaper-html';
import { allArticles, parseSpec, type PageSpec } from '../fixtures/spec';
import { fixturePageDir, listFixturePages, loadTruth, type TruthPage } from './truth';

export interface EditionPage {
  pageNumber: string;
  pageName: string;
  /** Path on the fixture server, leading slash. */
  path: string;
  pdfPath: string;
  truth: TruthPage;
}

const SPECS = new URL('../fixtures/specs/', import.meta.url);

/** Writes the edition under `root`; the pages in list order. `date`/`paper` name the edition. */
export async function writeEdition(root: string, edition: { paper: string; date: string }): Promise<EditionPage[]> {
  const names = listFixturePages();
  const specs = names.map((name, i): { spec: PageSpec; truth: TruthPage; name: string } => {
    const own = parseSpec(JSON.parse(readFileSync(new URL(`${name}.json`, SPECS), 'utf8')), name);
    const pageNumber = String(i + 1).padStart(2, '0');
    return { name, truth: loadTruth(fixturePageDir(name)), spec: { ...own, ...edition, variant: 'founder', output: 'pages', pageNumber, nodeId: i + 1 } };
  });
  const paths = specs.map(({ spec }) => epaperPaths(spec));
  const list: ListedPage[] = specs.map(({ spec }, i) => ({ label: `第${spec.pageNumber}版：${spec.pageName}`, html: paths[i].html, pdf: paths[i].pdf }));
  const write = async (path: string, data: string | Buffer) => {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), data);
  };
  const pages: EditionPage[] = [];
  for (const [i, { spec, truth, name }] of specs.entries()) {
    const p = paths[i];
    const articles = allArticles(spec);
    const areas = displayAreas(truth, (k) => relativeFromHtml(p.html, p.content(articles[k].contentId)));
    await write(p.html, founderHtml(spec, p, truth.display, areas, list));
    await mkdir(dirname(join(root, p.image)), { recursive: true });
    await copyFile(join(fixturePageDir(name), truth.files.image), join(root, p.image));
    await write(p.pdf, `%PDF-1.4\n% stand-in for page ${spec.pageNumber}\n%%EOF\n`);
    for (const [path, html] of contentFiles(spec, truth)) await write(path, html);
    pages.push({ pageNumber: spec.pageNumber, pageName: spec.pageName, path: `/${p.html}`, pdfPath: `/${p.pdf}`, truth });
  }
  return pages;
}
