import { untrusted } from '../helpers/untrusted.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/press-release/ct-press-release.js';
import type { CtPressRelease } from '../../src/components/press-release/press-release.js';
import { findActiveContent, useXssHarness } from '../helpers/xss.js';

/** Tags the element renders itself, plus the allow-list of the html block; anything else came from a payload. */
const TAGS = new Set([
  ...['div', 'p', 'span', 'article', 'header', 'section', 'nav', 'ul', 'ol', 'li', 'time', 'a', 'bdi', 'em', 'strong'],
  ...['figure', 'figcaption', 'blockquote', 'cite', 'img', 'small', 'button', 'slot', 'code', 'style'],
  ...['br', 'hr', 'b', 'i', 'u', 's', 'sub', 'sup', 'abbr', 'q', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dt', 'dd'],
  ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
]);

function feedWith(payload: string, html = 'x') {
  return {
    kind: 'conference',
    version: 1,
    pressReleases: {
      title: payload,
      publisher: { name: payload },
      allowedSocialHosts: ['x.com'],
      releases: [
        {
          id: 'r',
          lang: 'en',
          type: 'meetings-coverage',
          symbol: payload.slice(0, 60),
          meeting: payload,
          asDelivered: true,
          embargo: { until: '2023-06-20T17:00:00-04:00', timeZone: 'America/New_York' },
          correction: payload,
          reissue: { fr: payload },
          endMark: true,
          office: payload,
          masthead: [payload, { fr: payload }],
          headline: payload,
          subheading: { de: payload },
          dateline: { place: payload, date: '2023-06-20', position: 'standalone' },
          lead: [
            payload,
            { text: payload, emphasis: true, href: 'https://example.org/' },
            { text: { fr: payload }, strong: true },
            { text: { fr: payload, en: payload }, original: 'fr', emphasis: true },
          ],
          body: [
            { type: 'paragraph', content: payload },
            { type: 'heading', text: payload },
            { type: 'list', items: [payload, [{ text: payload }]] },
            { type: 'quote', quote: { text: payload, speaker: payload, role: payload } },
            { type: 'quote', narrative: true, quote: { text: { ru: payload, en: payload }, original: 'ru', speaker: payload } },
            { type: 'keyPoints', title: payload, points: [{ heading: payload, text: payload, quote: { text: payload, speaker: payload } }] },
            { type: 'image', src: 'https://example.org/a.jpg', alt: payload.trim() ? payload : 'x', credit: payload, caption: payload },
            { type: 'html', html },
          ],
          moreInfo: { title: payload, items: [[payload, { hashtag: '#x', url: 'https://x.com/x' }, { email: 'a@un.org' }]] },
          url: 'https://example.org/r',
        },
      ],
    },
  };
}

describe('<ct-press-release> against the XSS corpus', function () {
  this.timeout(600_000);
  const harness = useXssHarness();

  it('renders every payload in every text field as inert text, and in JSON-LD as data', async () => {
    const el = await fixture<CtPressRelease>(html`<ct-press-release lang="en" json-ld></ct-press-release>`);
    const problems = new Set<string>();
    for (const payload of harness.payloads) {
      untrusted(el).data = feedWith(payload);
      await el.updateComplete;
      for (const problem of findActiveContent(el.shadowRoot!, TAGS)) problems.add(problem);
      const headline = el.shadowRoot!.querySelector('[part~="headline"]')!;
      if (headline.textContent !== payload) problems.add(`headline changed for ${payload.slice(0, 40)}`);
      const script = el.querySelector('script[type="application/ld+json"]')!;
      if (script.textContent!.includes('<') || JSON.parse(script.textContent!).headline !== payload) problems.add(`JSON-LD for ${payload.slice(0, 40)}`);
      if (el.children.length !== 1) problems.add(`light DOM changed for ${payload.slice(0, 40)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  it('puts no payload into a link: every URL field refuses them', async () => {
    const el = await fixture<CtPressRelease>(html`<ct-press-release lang="en"></ct-press-release>`);
    const linked: string[] = [];
    const active = new Set<string>();
    for (const payload of harness.payloads) {
      const feed = feedWith('t');
      const release = feed.pressReleases.releases[0]!;
      (release.lead as unknown[]).push({ text: 'l', href: payload }, { account: '@a', url: payload });
      Object.assign(release, { url: payload, languageVersions: [{ lang: 'fr', href: payload }] });
      untrusted(el).data = feed;
      await el.updateComplete;
      for (const a of el.shadowRoot!.querySelectorAll('a, img, blockquote')) {
        for (const name of ['href', 'src', 'cite']) {
          const value = a.getAttribute(name);
          if (value !== null && !/^(https?:|mailto:)/i.test(value)) linked.push(value);
        }
      }
      for (const problem of findActiveContent(el.shadowRoot!, TAGS)) active.add(`${problem} from ${payload.slice(0, 60)}`);
    }
    expect([...active]).to.deep.equal([]);
    expect(linked).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  it('sanitizes every payload in the html block: no script, handler, or scriptable URL survives', async () => {
    const el = await fixture<CtPressRelease>(html`<ct-press-release lang="en"></ct-press-release>`);
    const problems = new Set<string>();
    for (const payload of harness.payloads) {
      untrusted(el).data = feedWith('t', payload);
      await el.updateComplete;
      for (const problem of findActiveContent(el.shadowRoot!, TAGS)) problems.add(`${problem} from ${payload.slice(0, 60)}`);
      for (const a of el.shadowRoot!.querySelectorAll('[part~="html"] a[href]')) {
        if (!/^(https?:\/\/|mailto:)/i.test(a.getAttribute('href')!)) problems.add(`href ${a.getAttribute('href')}`);
        if (a.getAttribute('rel') !== 'noopener noreferrer') problems.add(`rel missing from ${payload.slice(0, 60)}`);
      }
      for (const node of el.shadowRoot!.querySelectorAll('[part~="html"] *')) {
        for (const attribute of node.attributes) {
          if (!['href', 'rel', 'title', 'lang', 'dir', 'colspan', 'rowspan', 'scope', 'abbr'].includes(attribute.name)) {
            problems.add(`attribute ${attribute.name} from ${payload.slice(0, 60)}`);
          }
        }
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });
});
