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

/** WCAG contrast ratio of two computed colours (`rgb(…)`/`rgba(…)`, opaque). axe checks text only. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((channel) => {
      const value = Number(channel) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
