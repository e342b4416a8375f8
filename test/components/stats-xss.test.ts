import { untrusted } from '../helpers/untrusted.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/stats/ct-stats.js';
import type { CtStats } from '../../src/components/stats/stats.js';
import { findActiveContent, useXssHarness } from '../helpers/xss.js';

/** Tags the stats element renders; anything else in its shadow root came from a payload. */
const STATS_TAGS = new Set(['bdi', 'div', 'ul', 'li', 'data', 'span', 'p', 'time', 'a', 'slot', 'button', 'code', 'style']);

describe('<ct-stats> against the XSS corpus', function () {
  this.timeout(120_000);
  const harness = useXssHarness();

  it('renders every payload in every text field as inert text', async () => {
    const el = await fixture<CtStats>(html`<ct-stats lang="en"></ct-stats>`);
    const problems = new Set<string>();
    for (const payload of harness.payloads) {
      // Plain-string text and language-map text take different render paths (the map falls back and
      // wraps the text in a <span lang>), so both are exercised.
      el.data = {
        kind: 'stats',
        version: 1,
        stats: {
          title: payload,
          description: { fr: payload },
          figures: [
            { id: payload, value: 1, label: payload, source: { de: payload }, date: '2023-06-20' },
            { value: 2, label: { en: payload }, source: payload, sourceUrl: 'https://example.org/' },
          ],
        },
      };
      await el.updateComplete;
      for (const problem of findActiveContent(el.shadowRoot!, STATS_TAGS)) problems.add(problem);
      const title = el.shadowRoot!.querySelector('[part="title"]')!;
      if (title.textContent !== payload) problems.add(`title text changed for ${payload.slice(0, 40)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200)); // let any injected handler fire
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  it('never puts a payload into a link: URL harness.payloads are rejected as the wrong shape', async () => {
    const el = await fixture<CtStats>(html`<ct-stats lang="en"></ct-stats>`);
    const linked: string[] = [];
    const active = new Set<string>();
    for (const payload of harness.payloads) {
      el.data = { kind: 'stats', version: 1, stats: { figures: [{ value: 1, label: 'x', source: 's', sourceUrl: payload }] } };
      await el.updateComplete;
      const href = el.shadowRoot!.querySelector('a')?.getAttribute('href');
      if (href !== undefined && href !== null && !/^(https?:|mailto:)/i.test(href)) linked.push(href);
      for (const problem of findActiveContent(el.shadowRoot!, STATS_TAGS)) active.add(`${problem} from ${payload.slice(0, 60)}`);
    }
    // Scanned after every payload, not once at the end: the last state alone proves nothing of the others.
    expect([...active]).to.deep.equal([]);
    expect(linked).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  it('shows harness.payloads in validation messages as text only', async () => {
    const el = await fixture<CtStats>(html`<ct-stats lang="en"></ct-stats>`);
    const active = new Set<string>();
    for (const payload of harness.payloads.slice(0, 2000)) {
      // Not a list of figures at all: the error state, whose message quotes the payload.
      untrusted(el).data = { kind: 'stats', version: 1, stats: { figures: payload } };
      await el.updateComplete;
      for (const problem of findActiveContent(el.shadowRoot!, STATS_TAGS)) active.add(`${problem} from ${payload.slice(0, 60)}`);
    }
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
    expect([...active]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  it('the harness itself catches active content and trapped calls', async () => {
    const probe = document.createElement('template'); // inert: nothing loads or runs
    probe.innerHTML = '<img src="x" onerror="alert(1)"><a href="javascript:alert(2)">x</a>';
    expect(findActiveContent(probe.content, STATS_TAGS)).to.have.length(3);
    window.alert('trapped');
    expect(harness.traps.calls).to.deep.equal(['alert(trapped)']);
  });
});
