import { expect } from '@open-wc/testing';
import { deepElements } from '../helpers/xss.js';
import { openSettledPage, type EveryElementWindow } from '../helpers/pages.js';

/**
 * Site themes cannot reach inside: every element in every state (test/fixtures/pages/every-element.ts)
 * on pages with a theme stylesheet and without (test/server/page-routes.mjs), in English and on an Arabic
 * page. The computed text styles of every node inside every shadow root must be the same with the theme
 * as without. Themes: our own hostile "*" rules with !important (fonts, spacing, colour, "text-align:
 * left", text-transform…), Bootstrap 5 and Tailwind 4's preflight, from their npm packages.
 */
const PROPERTIES = [
  'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant-caps', 'font-kerning', 'font-feature-settings',
  'line-height', 'letter-spacing', 'word-spacing', 'color', 'text-align', 'text-transform', 'text-indent', 'text-shadow',
  'word-break', 'hyphens', 'box-sizing', 'cursor', 'direction', 'white-space',
] as const;

const openPage = (query: string) => openSettledPage(`/page/every-element?${query}`);

/** Every node inside every element, with its computed text styles. */
function textStyles(frame: HTMLIFrameElement): Map<string, string> {
  const styles = new Map<string, string>();
  for (const host of frame.contentDocument!.querySelectorAll('main > *')) {
    [...deepElements(host.shadowRoot!)].forEach((node, index) => {
      const style = getComputedStyle(node);
      styles.set(`${host.id} ${index} <${node.localName} ${node.getAttribute('part') ?? node.getAttribute('class') ?? ''}>`, PROPERTIES.map((name) => `${name}: ${style.getPropertyValue(name)}`).join('; '));
    });
  }
  return styles;
}

function differences(themed: Map<string, string>, plain: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [key, style] of plain) {
    const other = themed.get(key);
    if (other === undefined) found.push(`${key} missing`);
    else if (other !== style) {
      const a = style.split('; ');
      const b = other.split('; ');
      found.push(`${key}: ${b.filter((entry, i) => entry !== a[i]).join('; ')}`);
    }
  }
  return found;
}

for (const lang of ['en', 'ar']) {
  describe(`site themes on ${lang === 'ar' ? 'an Arabic' : 'an English'} page`, function () {
    this.timeout(120_000);
    let plain: HTMLIFrameElement;
    let baseline: Map<string, string>;
    before(async () => {
      plain = await openPage(`lang=${lang}`);
      baseline = textStyles(plain);
    });
    after(() => plain?.remove());

    it('has something to compare: thousands of nodes, aligned to the start of the page\'s direction', () => {
      expect(baseline.size).to.be.greaterThan(1000);
      const lead = plain.contentDocument!.getElementById('key-messages-ready')!.shadowRoot!.querySelector('.base')!;
      expect(getComputedStyle(lead).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(getComputedStyle(lead).textAlign).to.equal('start');
    });

    for (const theme of ['hostile-star', 'bootstrap', 'tailwind-preflight']) {
      it(`${theme} changes no text style inside any element`, async () => {
        const themed = await openPage(`lang=${lang}&theme=${theme}`);
        try {
          // The theme did load and style the page itself.
          const body = getComputedStyle(themed.contentDocument!.body);
          const plainBody = getComputedStyle(plain.contentDocument!.body);
          expect(`${body.fontFamily} ${body.lineHeight} ${body.margin}`).not.to.equal(`${plainBody.fontFamily} ${plainBody.lineHeight} ${plainBody.margin}`);
          expect(differences(textStyles(themed), baseline)).to.deep.equal([]);
          expect((themed.contentWindow as EveryElementWindow).__errors).to.deep.equal([]);
        } finally {
          themed.remove();
        }
      });
    }
  });
}

describe('theming on purpose still works under a hostile theme', function () {
  this.timeout(60_000);
  it('--ct-* properties and ::part() reach inside', async () => {
    const frame = await openPage('theme=hostile-star');
    try {
      const doc = frame.contentDocument!;
      const stats = doc.getElementById('stats-ready')!;
      // CSSOM, as a page under a strict CSP would do it too.
      stats.style.setProperty('--ct-font-family', 'monospace');
      stats.style.setProperty('--ct-color-text', 'rgb(0, 0, 128)');
      stats.style.setProperty('--ct-line-height', '2');
      const sheet = new (frame.contentWindow as unknown as typeof globalThis).CSSStyleSheet();
      sheet.replaceSync('#stats-ready::part(label) { letter-spacing: 3px; text-transform: lowercase; }');
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      const root = stats.shadowRoot!;
      const base = getComputedStyle(root.querySelector('.base')!);
      expect([base.fontFamily, base.color, base.lineHeight]).to.deep.equal(['monospace', 'rgb(0, 0, 128)', `${2 * parseFloat(base.fontSize)}px`]);
      const label = getComputedStyle(root.querySelector('[part~="label"]')!);
      expect([label.letterSpacing, label.textTransform, label.fontFamily]).to.deep.equal(['3px', 'lowercase', 'monospace']);
    } finally {
      frame.remove();
    }
  });
});
