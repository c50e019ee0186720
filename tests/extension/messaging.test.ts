import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../lib/detect';
import { MessageError, parseDetectorReply, tabIdFromSearch, wantsTestPanel, E2E_OPEN_PANEL_HASH } from '../../lib/messaging';
import { htmlDoc } from '../detect/parse-html';
import { fixturePageDir, loadTruth } from '../support/truth';

/** A real detection of a fixture page, as the injected script would return it. */
function fixtureDetection() {
  const dir = fixturePageDir('jianglan-p03');
  const truth = loadTruth(dir);
  const html = readFileSync(`${dir}/${truth.files.html}`, 'utf8');
  const url = `http://127.0.0.1:8000${truth.servePaths.html}`;
  const detection = detectPage(htmlDoc(html), url, { naturalSize: truth.image });
  return { truth, detection: JSON.parse(JSON.stringify(detection)) };
}

describe('parseDetectorReply', () => {
  it('accepts a real detection of a fixture page unchanged', () => {
    const { truth, detection } = fixtureDetection();
    const parsed = parseDetectorReply({ ok: true, detection });
    expect(parsed).toEqual(detection);
    expect(parsed.regions).toHaveLength(truth.articles.length);
  });

  it('turns a detector failure into its own error message', () => {
    expect(() => parseDetectorReply({ ok: false, error: 'no page image' })).toThrow('no page image');
  });

  it('names the offending field of a malformed reply', () => {
    const { detection } = fixtureDetection();
    detection.regions[1].box = [0, 0, 'x', 5];
    expect(() => parseDetectorReply({ ok: true, detection })).toThrow(MessageError);
    expect(() => parseDetectorReply({ ok: true, detection })).toThrow(/regions\.1\.box\.2/);
  });

  it('refuses an image URL that is not http(s) (javascript:, file:, data:)', () => {
    const { detection } = fixtureDetection();
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:image/png;base64,AAAA']) {
      detection.image.url = url;
      expect(() => parseDetectorReply({ ok: true, detection }), url).toThrow(/image\.url/);
    }
  });

  it('carries the unlisted flag, and only as true', () => {
    const { detection } = fixtureDetection();
    detection.regions[0].unlisted = true;
    expect(parseDetectorReply({ ok: true, detection }).regions[0].unlisted).toBe(true);
    detection.regions[0].unlisted = false;
    expect(() => parseDetectorReply({ ok: true, detection })).toThrow(/regions\.0\.unlisted/);
  });

  it('refuses non-finite geometry and missing replies', () => {
    const { detection } = fixtureDetection();
    detection.regions[0].polygon[0] = [Number.NaN, 1];
    expect(() => parseDetectorReply({ ok: true, detection })).toThrow(/polygon/);
    expect(() => parseDetectorReply(undefined)).toThrow(/invalid reply from the page detector/);
  });
});

describe('panel binding', () => {
  it('reads a tab id only when it is a plain non-negative integer', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?tabId=0')).toBe(0);
    for (const bad of ['', '?tabId=', '?tabId=-1', '?tabId=1.5', '?tabId=1e3', '?tabId=abc', '?tabId=99999999999']) {
      expect(tabIdFromSearch(bad), bad).toBeNull();
    }
  });

  it('opens a test panel only for local pages carrying the test hash', () => {
    expect(wantsTestPanel(`http://127.0.0.1:4100/html/node_3.htm${E2E_OPEN_PANEL_HASH}`)).toBe(true);
    expect(wantsTestPanel('http://127.0.0.1:4100/html/node_3.htm')).toBe(false);
    expect(wantsTestPanel(`https://paper.example.com/node_3.htm${E2E_OPEN_PANEL_HASH}`)).toBe(false);
    expect(wantsTestPanel(`http://127.0.0.1.evil.example/${E2E_OPEN_PANEL_HASH}`)).toBe(false);
    expect(wantsTestPanel(undefined)).toBe(false);
  });
});
