import { untrusted } from '../helpers/untrusted.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/event-header/ct-event-header.js';
import type { CtEventHeader } from '../../src/components/event-header/event-header.js';
import { boundText, fallbackMarks, findActiveContent, textAs, useXssHarness, type TextForm } from '../helpers/xss.js';

/**
 * Tags the element renders in any state (ready with its details list and actions, loading placeholder,
 * error with its detail and retry button); anything else in its shadow root came from a payload.
 */
const TAGS = new Set(['bdi', 'div', 'p', 'span', 'dl', 'dt', 'dd', 'time', 'a', 'button', 'slot', 'code']);

/** After the event, so both links (website and outcome) are shown. */
const ENDED = '2023-07-01T12:00:00-04:00';

const event = (fields: Record<string, unknown>) => ({
  kind: 'conference',
  version: 1,
  event: { name: 'n', startDate: '2023-06-19', endDate: '2023-06-23', timeZone: 'America/New_York', ...fields },
});

/** Every text field of the `event` section holds the payload, in one form; `id` is a free string. */
function feedWith(payload: string, form: TextForm) {
  const text = textAs(payload, form);
  return event({
    id: payload,
    name: text,
    edition: text,
    shortName: text,
    theme: text,
    organizer: text,
    venue: text,
    city: text,
    url: 'https://www.un.org/',
    outcomeUrl: 'https://www.un.org/outcome',
  });
}

const hrefs = (root: ParentNode) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));

describe('<ct-event-header> against the XSS corpus', function () {
  this.timeout(120_000);
  const harness = useXssHarness();

  it('renders every payload in every text field and the id as inert text, as a string and as a language map', async () => {
    const el = await fixture<CtEventHeader>(html`<ct-event-header lang="en" now=${ENDED}></ct-event-header>`);
    const problems = new Set<string>();
    for (const payload of harness.payloads) {
      for (const form of ['string', 'map'] as const) {
        untrusted(el).data = feedWith(payload, form);
        await el.updateComplete;
        const root = el.shadowRoot!;
        const where = `(${form}) for ${payload.slice(0, 60)}`;
        for (const problem of findActiveContent(root, TAGS)) problems.add(`${problem} ${where}`);
        const part = (name: string) => root.querySelector(`[part~="${name}"]`);
        if (!part('title')) {
          problems.add(`not shown ${where}`);
          continue;
        }
        for (const [name, expected] of [
          ['edition', payload],
          ['title', payload],
          ['theme', payload],
          ['organizer', payload],
          ['venue', `${payload}, ${payload}`],
        ] as const) {
          const node = part(name)!;
          if (boundText(node) !== expected) problems.add(`${name} text changed ${where}`);
          const marked = fallbackMarks(node);
          if (marked !== (form === 'map' ? (name === 'venue' ? 2 : 1) : 0)) problems.add(`${name} took the wrong render path ${where}`);
        }
        if (hrefs(root).join() !== 'https://www.un.org/outcome,https://www.un.org/') problems.add(`links changed ${where}`);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200)); // let any injected handler fire
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  it('never puts a payload into a link: every url and outcomeUrl payload is refused', async () => {
    const el = await fixture<CtEventHeader>(html`<ct-event-header lang="en" now=${ENDED}></ct-event-header>`);
    const problems = new Set<string>();
    for (const payload of harness.payloads) {
      for (const field of ['url', 'outcomeUrl']) {
        untrusted(el).data = event({ [field]: payload });
        await el.updateComplete;
        for (const problem of findActiveContent(el.shadowRoot!, TAGS)) problems.add(`${problem} from ${field} ${payload.slice(0, 60)}`);
        for (const href of hrefs(el.shadowRoot!)) {
          if (href !== null && !/^(https?:|mailto:)/i.test(href)) problems.add(`${field}: href="${href.slice(0, 60)}"`);
        }
      }
    }
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  it('refuses every payload that is not a hashtag, and shows the rest as text', async () => {
    const el = await fixture<CtEventHeader>(html`<ct-event-header lang="en" now=${ENDED}></ct-event-header>`);
    const problems = new Set<string>();
    for (const payload of harness.payloads) {
      for (const hashtag of [payload, `#${payload}`]) {
        untrusted(el).data = event({ hashtag });
        await el.updateComplete;
        for (const problem of findActiveContent(el.shadowRoot!, TAGS)) problems.add(`${problem} from ${hashtag.slice(0, 60)}`);
        if (el.shadowRoot!.querySelector('[part="error"]')) continue;
        const shown = el.shadowRoot!.querySelector('[part~="hashtag"]')?.textContent;
        if (!/^#\w+$/u.test(hashtag) || shown !== hashtag) problems.add(`hashtag accepted: ${hashtag.slice(0, 60)}`);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });
});
