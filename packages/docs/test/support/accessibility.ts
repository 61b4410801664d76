import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * A violation that comes from Redoc's own interface rather than from our content or theme,
 * and that no Redoc option or theme variable can fix. Each one is listed, with its reason, in
 * the README under "Accessibility". An entry that no longer occurs fails the audit, so the
 * list cannot outlive the problem.
 */
export interface RendererViolation {
  rule: string;
  /** The violation's element lies inside an element matching this selector. */
  within: string;
  reason: string;
}

export const RENDERER_VIOLATIONS: RendererViolation[] = [
  {
    rule: 'button-name',
    within: '[data-component-name="Search/SearchInput"]',
    reason:
      "Redoc's search box has a clear (×) icon button with no accessible name. It is out of the " +
      'tab order (tabindex=-1) and clearing the text does the same, but a screen reader meeting ' +
      'it by touch hears only "button". No Redoc option labels it.',
  },
];

/** axe impacts that fail the audit. */
const BLOCKING_IMPACTS = new Set(['critical', 'serious']);

export interface AuditFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

export interface AuditResult {
  /** What was audited, e.g. `reference: search open`. */
  name: string;
  url: string;
  /** Critical or serious violations that are not the renderer's: the audit fails on any. */
  blocking: AuditFinding[];
  /** Critical or serious violations matched by RENDERER_VIOLATIONS. */
  renderer: AuditFinding[];
  /** Moderate and minor violations, reported but not failing. */
  advisory: AuditFinding[];
  passes: number;
}

async function insideAny(page: Page, target: string, container: string): Promise<boolean> {
  return page
    .locator(target)
    .first()
    .evaluate((element, selector) => element.closest(selector) !== null, container);
}

/** Runs axe on the page (or on `include` only) and sorts what it finds. */
export async function audit(page: Page, name: string, include?: string): Promise<AuditResult> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const result: AuditResult = {
    name,
    url: page.url(),
    blocking: [],
    renderer: [],
    advisory: [],
    passes: results.passes.length,
  };
  for (const violation of results.violations) {
    const impact = violation.impact ?? 'unknown';
    if (!BLOCKING_IMPACTS.has(impact)) {
      result.advisory.push({
        rule: violation.id,
        impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      });
      continue;
    }
    for (const node of violation.nodes) {
      const target = node.target.join(' ');
      const finding = { rule: violation.id, impact, help: violation.help, targets: [target] };
      let renderer = false;
      for (const known of RENDERER_VIOLATIONS.filter((entry) => entry.rule === violation.id)) {
        if (await insideAny(page, target, known.within)) renderer = true;
      }
      (renderer ? result.renderer : result.blocking).push(finding);
    }
  }
  return result;
}

/** A one-line account of a finding, for assertion messages. */
export function describeFinding(finding: AuditFinding): string {
  return `${finding.impact} ${finding.rule} (${finding.help}) at ${finding.targets.join(', ')}`;
}
