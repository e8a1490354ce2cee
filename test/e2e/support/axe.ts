/** Runs axe-core in a page (injected from node_modules, so no network) and returns the serious/critical violations. */
import type { Page } from "playwright-core";

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    // axe is the global the injected script defines.
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeResult[] }> } }).axe;
    interface AxeResult {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[]; html: string }[];
    }
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(" "), html: n.html })),
    }));
  });
  return violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterSentinel(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0 && (v.impact === "serious" || v.impact === "critical"))
    .map(({ nodes, ...v }) => ({ ...v, targets: nodes.map((n) => n.target) }));
}

/**
 * Fluent v9's focus manager (Tabster) puts `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` sentinels around
 * arrow-key groups such as TabList; they only forward focus, and must be hidden from screen readers. Fluent treats the
 * resulting aria-hidden-focus report as by design (microsoft/fluentui#27517) and Microsoft's Accessibility Insights
 * suppresses exactly this rule on exactly these elements; so do we, and nothing else.
 */
export function isTabsterSentinel(ruleId: string, html: string): boolean {
  return ruleId === "aria-hidden-focus" && /^<i\b[^>]*\sdata-tabster-dummy(=|\s|>)/.test(html);
}
