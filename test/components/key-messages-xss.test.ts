import { untrusted } from '../helpers/untrusted.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/key-messages/ct-key-messages.js';
import type { CtKeyMessages } from '../../src/components/key-messages/key-messages.js';
import { fallbackMarks, findActiveContent, idPayloadProblems, textAs, useXssHarness, type TextForm } from '../helpers/xss.js';

/**
 * Tags the element renders in any state (ready, loading placeholder, error with its detail and retry
 * button, empty); anything else in its shadow root came from a payload.
 */
const TAGS = new Set(['bdi', 'div', 'p', 'span', 'ol', 'li', 'figure', 'blockquote', 'figcaption', 'cite', 'slot', 'button', 'code']);

/** Every text field of the `keyMessages` section holds the payload, in one form. */
function feedWith(payload: string, form: TextForm) {
  const text = textAs(payload, form);
  return {
    kind: 'conference',
    version: 1,
    keyMessages: {
      title: text,
      description: text,
      messages: [
        { id: 'm1', heading: text, text, quote: { text, speaker: text, role: text, sourceUrl: 'https://www.un.org/' } },
        { heading: text, text },
      ],
    },
  };
}

describe('<ct-key-messages> against the XSS corpus', function () {
  this.timeout(120_000);
  const harness = useXssHarness();

  it('renders every payload in every text field as inert text, as a string and as a language map', async () => {
    const el = await fixture<CtKeyMessages>(html`<ct-key-messages lang="en"></ct-key-messages>`);
    const problems = new Set<string>();
    const parts = ['title', 'description', 'heading', 'text', 'quote-text', 'speaker', 'speaker-role'];
    for (const payload of harness.payloads) {
      for (const form of ['string', 'map'] as const) {
        untrusted(el).data = feedWith(payload, form);
        await el.updateComplete;
        const root = el.shadowRoot!;
        for (const problem of findActiveContent(root, TAGS)) problems.add(`${problem} (${form}) from ${payload.slice(0, 60)}`);
        if (root.querySelectorAll('[part~="message"]').length !== 2) problems.add(`messages missing (${form}) for ${payload.slice(0, 60)}`);
        for (const part of parts) {
          for (const node of root.querySelectorAll(`[part~="${part}"]`)) {
            if (node.textContent !== payload) problems.add(`${part} text changed (${form}) for ${payload.slice(0, 60)}`);
            if ((form === 'map') !== (fallbackMarks(node) === 1)) problems.add(`${part} took the wrong render path (${form})`);
          }
        }
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200)); // let any injected handler fire
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  it('renders every payload as a verbatim original and as its translation, both inert text', async () => {
    const el = await fixture<CtKeyMessages>(html`<ct-key-messages lang="en"></ct-key-messages>`);
    const problems = new Set<string>();
    const tags = new Set([...TAGS, 'q']);
    for (const payload of harness.payloads) {
      const quote = { text: { fr: payload, en: payload }, original: 'fr', speaker: 's' };
      el.data = { kind: 'conference', version: 1, keyMessages: { messages: [{ heading: 'h', text: 't', quote }] } };
      await el.updateComplete;
      const root = el.shadowRoot!;
      for (const problem of findActiveContent(root, tags)) problems.add(`${problem} from ${payload.slice(0, 60)}`);
      if (root.querySelector('[part~="quote-original"]')?.textContent !== payload) problems.add(`original changed for ${payload.slice(0, 60)}`);
      if (root.querySelector('[part~="quote-translation"] q')?.textContent !== payload) problems.add(`translation changed for ${payload.slice(0, 60)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  it('never puts a payload into a link: every sourceUrl payload is refused', async () => {
    const el = await fixture<CtKeyMessages>(html`<ct-key-messages lang="en"></ct-key-messages>`);
    const problems = new Set<string>();
    for (const payload of harness.payloads) {
      el.data = {
        kind: 'conference',
        version: 1,
        keyMessages: { messages: [{ heading: 'h', text: 't', quote: { text: 'q', speaker: 's', sourceUrl: payload } }] },
      };
      await el.updateComplete;
      for (const problem of findActiveContent(el.shadowRoot!, TAGS)) problems.add(`${problem} from ${payload.slice(0, 60)}`);
      // `cite` is not among the harness's URL attributes, so it is checked here.
      const cite = el.shadowRoot!.querySelector('blockquote')?.getAttribute('cite');
      if (cite !== undefined && cite !== null && !/^(https?:|mailto:)/i.test(cite)) problems.add(`cite="${cite.slice(0, 60)}"`);
    }
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  it('refuses every payload that is not an id, and keeps the rest to an id attribute', async () => {
    const el = await fixture<CtKeyMessages>(html`<ct-key-messages lang="en"></ct-key-messages>`);
    const problems = await idPayloadProblems(
      el,
      harness.payloads,
      TAGS,
      (id) => ({ kind: 'conference', version: 1, keyMessages: { messages: [{ id, heading: 'h', text: 't' }] } }),
      (root, id) => root.querySelector('[part~="message"]')?.id === `message-${id}`,
    );
    expect(problems).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });
});
