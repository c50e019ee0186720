/**
 * Accessibility of the panel with the editor open, checked by axe-core (WCAG 2 A and AA rules: names and
 * labels, roles, keyboard focusability, colour contrast) in the light and the dark theme. Serious and
 * critical findings fail the run; minor and moderate ones are counted in the report.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export interface A11yResult {
  scheme: 'light' | 'dark';
  rules: number;
  minor: number;
}

export async function checkAccessibility(page: Page, scheme: 'light' | 'dark'): Promise<A11yResult> {
  await page.emulateMedia({ colorScheme: scheme });
  // Evaluated through the debugger protocol, so the extension page's CSP (no inline script) does not apply.
  await page.evaluate(AXE_SOURCE);
  const { findings, rules } = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[]; passes: unknown[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return { findings: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })), rules: r.passes.length + r.violations.length };
  });
  const bad = (findings as Finding[]).filter((f) => f.impact === 'serious' || f.impact === 'critical');
  if (bad.length) throw new Error(`accessibility (${scheme}): ${bad.map((f) => `${f.id} (${f.impact}): ${f.help} — ${f.nodes.join(', ')}`).join('; ')}`);
  return { scheme, rules, minor: findings.length };
}
