import { untrusted } from '../helpers/untrusted.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/timeline/ct-timeline.js';
import type { CtTimeline } from '../../src/components/timeline/timeline.js';
import { boundText, fallbackMarks, findActiveContent, idPayloadProblems, textAs, useXssHarness, type TextForm } from '../helpers/xss.js';

/**
 * Tags the element renders in any state (ready, loading placeholder, error with its detail and retry
 * button, empty); anything else in its shadow root came from a payload.
 */
const TAGS = new Set(['bdi', 'div', 'p', 'span', 'ol', 'li', 'time', 'a', 'slot', 'button', 'code']);

const NOW = '2023-06-20T12:00:00-04:00';

/** Every text field of the `timeline` section holds the payload, in one form: a linked milestone and a plain one. */
function feedWith(payload: string, form: TextForm) {
  const text = textAs(payload, form);
  return {
    kind: 'conference',
    version: 1,
    timeline: {
      title: text,
      description: text,
      timeZone: 'America/New_York',
      milestones: [
        { id: 'm1', date: '2006', title: text, description: text, url: 'https://www.un.org/' },
        { date: '2023-06-19', endDate: '2023-06-20', title: text, description: text },
      ],
    },
  };
}

describe('<ct-timeline> against the XSS corpus', function () {
  this.timeout(120_000);
  const harness = useXssHarness();

  it('renders every payload in every text field as inert text, as a string and as a language map', async () => {
    const el = await fixture<CtTimeline>(html`<ct-timeline lang="en" now=${NOW}></ct-timeline>`);
    const problems = new Set<string>();
    for (const payload of harness.payloads) {
      for (const form of ['string', 'map'] as const) {
        untrusted(el).data = feedWith(payload, form);
        await el.updateComplete;
        const root = el.shadowRoot!;
        const where = `(${form}) for ${payload.slice(0, 60)}`;
        for (const problem of findActiveContent(root, TAGS)) problems.add(`${problem} ${where}`);
        const milestones = root.querySelectorAll('[part~="milestone"]');
        if (milestones.length !== 2) {
          problems.add(`milestones missing ${where}`);
          continue;
        }
        const texts = [
          ['title', root.querySelector('[part~="title"]')!],
          ['description', root.querySelector('[part~="description"]')!],
          ['linked heading', milestones[0]!.querySelector('[part~="heading"] > a')!],
          ['heading', milestones[1]!.querySelector('[part~="heading"]')!],
          ...[...root.querySelectorAll('[part~="milestone-description"]')].map((node) => ['milestone description', node] as const),
        ] as const;
        for (const [name, node] of texts) {
          if (boundText(node) !== payload) problems.add(`${name} text changed ${where}`);
          if ((form === 'map') !== (fallbackMarks(node) === 1)) problems.add(`${name} took the wrong render path ${where}`);
        }
        if (milestones[0]!.querySelector('a')!.getAttribute('href') !== 'https://www.un.org/') problems.add(`link changed ${where}`);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200)); // let any injected handler fire
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  it('never puts a payload into a link: every url payload is refused', async () => {
    const el = await fixture<CtTimeline>(html`<ct-timeline lang="en" now=${NOW}></ct-timeline>`);
    const problems = new Set<string>();
    for (const payload of harness.payloads) {
      el.data = { kind: 'conference', version: 1, timeline: { milestones: [{ date: '2023', title: 't', url: payload }] } };
      await el.updateComplete;
      for (const problem of findActiveContent(el.shadowRoot!, TAGS)) problems.add(`${problem} from ${payload.slice(0, 60)}`);
      const href = el.shadowRoot!.querySelector('a')?.getAttribute('href');
      if (href !== undefined && href !== null && !/^(https?:|mailto:)/i.test(href)) problems.add(`href="${href.slice(0, 60)}"`);
    }
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  it('refuses every payload that is not an id, and keeps the rest to an id attribute', async () => {
    const el = await fixture<CtTimeline>(html`<ct-timeline lang="en" now=${NOW}></ct-timeline>`);
    const problems = await idPayloadProblems(
      el,
      harness.payloads,
      TAGS,
      (id) => ({ kind: 'conference', version: 1, timeline: { milestones: [{ id, date: '2023', title: 't' }] } }),
      (root, id) => root.querySelector('[part~="milestone"]')?.id === `milestone-${id}`,
    );
    expect(problems).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });
});
