import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/speakers/ct-speakers.js';
import '../../src/components/language-bar/ct-language-bar.js';
import '../../src/components/stats/ct-stats.js';
import type { CtSpeakers } from '../../src/components/speakers/speakers.js';
import type { CtLanguageBar } from '../../src/components/language-bar/language-bar.js';
import type { CtStats } from '../../src/components/stats/stats.js';
import { FeedStore } from '../../src/core/feed/feed-store.js';
import { until } from '../helpers/feeds.js';
import { deepElements, useXssHarness } from '../helpers/xss.js';

/**
 * Attributes are as untrusted as feeds (a CMS field, a pasted snippet): every URL-valued attribute —
 * `agenda-href` of <ct-speakers>, `href-*` of <ct-language-bar>, `src` of every feed element — gets the
 * whole XSS corpus. What the browser makes of each rendered link (`HTMLAnchorElement.protocol`, its own
 * reading of the href) must be http: or https:, and a `src` that is no http(s) URL is never requested.
 */
const WEB = new Set(['http:', 'https:']);

/** The scheme the browser reads from `value` against this page, or undefined when it is no URL. */
function schemeOf(value: string): string | undefined {
  try {
    return new URL(value, document.baseURI).protocol;
  } catch {
    return undefined;
  }
}

/** Links under `root` whose target the browser reads as anything but http(s). */
function unsafeLinks(root: ParentNode): string[] {
  return [...deepElements(root)]
    .filter((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'))
    .filter((link) => !WEB.has(link.protocol))
    .map((link) => link.getAttribute('href')!.slice(0, 60));
}

const speakersFeed = {
  kind: 'conference',
  version: 1,
  speakers: { people: [{ id: 'p', name: 'Ana Moreno', role: 'chair', sessions: [{ id: 's1', title: 'Opening' }] }] },
};

describe('URL attributes against the XSS corpus', function () {
  this.timeout(180_000);
  const harness = useXssHarness();

  it('<ct-speakers agenda-href>: a link only to an http(s) or relative page, else the title unlinked', async () => {
    const el = await fixture<CtSpeakers>(html`<ct-speakers lang="en" .data=${speakersFeed}></ct-speakers>`);
    const problems = new Set<string>();
    let linked = 0;
    for (const payload of [...harness.payloads, 'java\tscript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', 'blob:x', '/agenda', 'https://www.un.org/agenda']) {
      el.setAttribute('agenda-href', payload);
      await el.updateComplete;
      const root = el.shadowRoot!;
      for (const href of unsafeLinks(root)) problems.add(`unsafe link ${href}`);
      const link = root.querySelector<HTMLAnchorElement>('[part~="session-link"]');
      const expected = WEB.has(schemeOf(payload) ?? '');
      if (expected !== (link !== null)) problems.add(`${expected ? 'no link' : 'a link'} for ${payload.slice(0, 60)}`);
      if (link) linked += 1;
      if (!root.querySelector('[part~="sessions"] li')?.textContent?.includes('Opening')) problems.add(`title missing for ${payload.slice(0, 60)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
    // Most of the corpus is markup, a relative URL to the browser: those stay links (to this server).
    expect(linked).to.be.greaterThan(1000);
  });

  it('<ct-language-bar href-*>: links only to http(s) or relative pages, buttons otherwise', async () => {
    const el = await fixture<CtLanguageBar>(html`<ct-language-bar></ct-language-bar>`);
    const problems = new Set<string>();
    for (const payload of [...harness.payloads, 'java\tscript:alert(1)', 'vbscript:x', 'mailto:a@b.c']) {
      for (const name of ['href-ar', 'href-zh', 'href-en', 'href-fr', 'href-ru', 'href-es']) el.setAttribute(name, payload);
      await el.updateComplete;
      const root = el.shadowRoot!;
      for (const href of unsafeLinks(root)) problems.add(`unsafe link ${href}`);
      const links = root.querySelectorAll('a').length;
      const expected = WEB.has(schemeOf(payload) ?? '') ? 6 : 0;
      if (links !== expected) problems.add(`${links} links for ${payload.slice(0, 60)}`);
    }
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  it('src: a feed URL that is no http(s) URL is an error at once and never requested', async () => {
    // Only the corpus entries the browser reads as another scheme (javascript:, data:, …) or as no URL:
    // the rest are relative URLs, requested from this server like any feed.
    const refused = [...harness.payloads, 'java\tscript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:application/json,{}', 'blob:null/x', 'ftp://example.org/feed.json', 'file:///etc/passwd']
      .filter((payload) => !WEB.has(schemeOf(payload) ?? ''));
    expect(refused.length).to.be.greaterThan(25);
    const requested: string[] = [];
    const fetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requested.push(String(input instanceof Request ? input.url : input));
      return fetch.call(window, input, init);
    };
    try {
      const el = await fixture<CtStats>(html`<ct-stats lang="en" .store=${new FeedStore()}></ct-stats>`);
      const problems = new Set<string>();
      for (const payload of refused) {
        const reason = new Promise<string>((resolve) => el.addEventListener('ct-error', (e) => resolve(e.detail.reason), { once: true }));
        el.src = payload;
        if ((await reason) !== 'bad-url') problems.add(`not refused: ${payload.slice(0, 60)}`);
        await el.updateComplete;
        if (!el.shadowRoot!.querySelector('[part~="error"]')) problems.add(`no error shown: ${payload.slice(0, 60)}`);
      }
      await until(() => true);
      expect([...problems]).to.deep.equal([]);
      expect(requested).to.deep.equal([]);
    } finally {
      window.fetch = fetch;
    }
  });
});
