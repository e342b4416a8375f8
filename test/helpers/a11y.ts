import { expect } from '@open-wc/testing';

interface AxeGlobal {
  configure(spec: { rules: { id: string; enabled: boolean }[] }): void;
}

/** axe ships WCAG 2.2's `target-size` rule disabled, so a plain `accessible()` never checks 24×24 px targets. */
async function axeWithTargetSize() {
  // @ts-expect-error axe's browser bundle has no module types; it registers `window.axe`.
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: AxeGlobal }).axe;
  axe.configure({ rules: [{ id: 'target-size', enabled: true }] });
}

/** `expect(el).to.be.accessible()` with every WCAG 2.2 AA rule on, `target-size` included. */
export async function expectAccessible(element: Element): Promise<void> {
  await axeWithTargetSize();
  await expect(element).to.be.accessible();
}

export async function expectNotAccessible(element: Element): Promise<void> {
  await axeWithTargetSize();
  await expect(element).not.to.be.accessible();
}
