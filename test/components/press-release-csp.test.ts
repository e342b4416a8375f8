import { expect } from '@open-wc/testing';
import { until } from '../helpers/feeds.js';

/**
 * The CDN build on a page with a strict Content-Security-Policy and Trusted Types enforced
 * (test/fixtures/pages/press-csp.html). Needs `npm run build` first (npm test does it).
 */
interface PageWindow extends Window {
  __violations: string[];
  __errors: string[];
}

describe('<ct-press-release> under a strict CSP with Trusted Types', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement;
  after(() => frame?.remove());


  it('renders the seed, the sanitized HTML block and JSON-LD with no violation and no error', async () => {
    frame = document.createElement('iframe');
    frame.src = '/test/fixtures/pages/press-csp.html';
    document.body.append(frame);
    const doc = () => frame.contentDocument!;
    const root = (id: string) => doc().getElementById(id)?.shadowRoot;
    await until(() => root('seed')?.querySelector('[part~="headline"]') != null, 'the seed release');
    await until(() => root('rich')?.querySelector('[part~="html"]') != null, 'the sanitized HTML').catch((error) => {
      const win = frame.contentWindow as PageWindow;
      throw new Error(`${error.message}: ${JSON.stringify([win.__violations, win.__errors, root('rich')?.innerHTML.slice(0, 500)])}`);
    });
    await until(() => (root('list')?.querySelectorAll('[part~="item"]').length ?? 0) > 0, 'the list');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const win = frame.contentWindow as PageWindow;
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    expect(root('rich')!.querySelector('[part~="html"]')!.innerHTML).to.equal(
      '<h2>From the CMS</h2><p>Kept <strong>bold</strong>, <em>italic</em> and a <a href="https://www.un.org/" rel="noopener noreferrer">link</a>; a <a>relative link</a> loses its target.</p><ul><li>One</li><li>Two</li></ul><table><tbody><tr><th scope="col">Item</th></tr><tr><td>Value</td></tr></tbody></table>',
    );
    const jsonLd = doc().querySelector('#seed > script[type="application/ld+json"]')!;
    expect(JSON.parse(jsonLd.textContent!)['@type']).to.equal('NewsArticle');
    expect(frame.contentWindow!.location.pathname).to.equal('/test/fixtures/pages/press-csp.html');
  });

  it('keeps hostile HTML inert; the only reports are the blocked inline attributes the parser met', async () => {
    // Parsing HTML under a CSP reports inline handlers and styles even in an inert document (the
    // platform's own Sanitizer API does the same): reports, not execution. Nothing else may appear.
    const win = frame.contentWindow as PageWindow;
    const rich = frame.contentDocument!.getElementById('rich') as HTMLElement & { data: unknown };
    const hostile = '<p style="color:red" onclick="alert(1)">styled</p><img src=x onerror=alert(2)><script>alert(3)</script><meta http-equiv="refresh" content="0;url=https://example.org"><a href="javascript:alert(4)">js</a>';
    rich.data = {
      kind: 'conference',
      version: 1,
      pressReleases: { releases: [{ id: 'h', lang: 'en', office: 'o', headline: 'h', dateline: { place: 'p', date: '2024-01-01' }, lead: 'l', body: [{ type: 'html', html: hostile }] }] },
    };
    await until(() => rich.shadowRoot!.querySelector('[part~="html"]')?.textContent === 'styledjs', 'the hostile block');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(rich.shadowRoot!.querySelector('[part~="html"]')!.innerHTML).to.equal('<p>styled</p><a>js</a>');
    expect(new Set(win.__violations.map((v) => v.split(' ')[0]))).to.deep.equal(new Set(['script-src-attr', 'style-src-attr']));
    expect(win.__errors).to.deep.equal([]);
    expect(frame.contentWindow!.location.pathname).to.equal('/test/fixtures/pages/press-csp.html');
  });
});
