/**
 * axe-core, run directly rather than through chai-a11y-axe, so that the WCAG
 * 2.2 rules that axe leaves off by default (`target-size`, 2.5.8) run too.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

const OPTIONS: RunOptions = {
  resultTypes: ['violations'],
  rules: { 'target-size': { enabled: true } },
};

/** axe's violations in `context`, one readable line per node; [] when none. */
export async function axeViolations(context: Element): Promise<string[]> {
  const results = await window.axe.run(context, OPTIONS);
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`,
    ),
  );
}
