// axe-core in the page, WCAG 2.1 A and AA rules only; returns the violations in a readable form.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export async function violazioniAxe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violazioni = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map(
      (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.help} (${v.nodes.length}×, es. ${v.nodes[0]?.target.join(' ')})`,
    );
  });
  return violazioni as string[];
}
