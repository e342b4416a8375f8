import { untrusted } from '../helpers/untrusted.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/speakers/ct-speakers.js';
import type { CtSpeakers } from '../../src/components/speakers/speakers.js';
import { initials } from '../../src/core/i18n/person-names.js';
import { fallbackMarks, findActiveContent, idPayloadProblems, textAs, useXssHarness, type TextForm } from '../helpers/xss.js';

/**
 * Tags the element renders in any state (ready with filters, portraits and session links, loading
 * placeholder, error with its detail and retry button, empty); anything else came from a payload.
 */
const TAGS = new Set(['bdi', 'div', 'p', 'span', 'ul', 'li', 'img', 'a', 'button', 'slot', 'code']);

/** Same origin: the portrait is requested, and nothing here should leave the machine. */
const PHOTO = new URL('/test/fixtures/portrait.jpg', location.href).href;

const speakers = (people: unknown[]) => ({ kind: 'conference', version: 1, speakers: { people } });

/** Every text field of the `speakers` section holds the payload, in one form: one person with a portrait, one without. */
function feedWith(payload: string, form: TextForm) {
  const text = textAs(payload, form);
  const person = { name: text, title: text, organization: text, sessions: [{ id: 's1', title: text }] };
  return {
    kind: 'conference',
    version: 1,
    speakers: {
      title: text,
      description: text,
      people: [
        { ...person, id: 'p1', role: 'chair', photo: { src: PHOTO, alt: text } },
        { ...person, role: 'speaker' },
      ],
    },
  };
}

describe('<ct-speakers> against the XSS corpus', function () {
  this.timeout(120_000);
  const harness = useXssHarness();

  it('renders every payload in every text field as inert text, as a string and as a language map', async () => {
    const el = await fixture<CtSpeakers>(html`<ct-speakers lang="en"></ct-speakers>`);
    const problems = new Set<string>();
    for (const payload of harness.payloads) {
      for (const form of ['string', 'map'] as const) {
        untrusted(el).data = feedWith(payload, form);
        await el.updateComplete;
        const root = el.shadowRoot!;
        const where = `(${form}) for ${payload.slice(0, 60)}`;
        for (const problem of findActiveContent(root, TAGS)) problems.add(`${problem} ${where}`);
        if (root.querySelectorAll('[part~="person"]').length !== 2 || !root.querySelector('[part~="filters"]')) {
          problems.add(`people missing ${where}`);
          continue;
        }
        for (const part of ['title', 'description', 'name', 'job-title', 'organization', 'session-link']) {
          for (const node of root.querySelectorAll(`[part~="${part}"]`)) {
            if (node.textContent !== payload) problems.add(`${part} text changed ${where}`);
            if ((form === 'map') !== (fallbackMarks(node) === 1)) problems.add(`${part} took the wrong render path ${where}`);
          }
        }
        const photo = root.querySelector('img[part~="photo"]');
        if (photo?.getAttribute('alt') !== payload || photo.getAttribute('src') !== PHOTO) problems.add(`photo changed ${where}`);
        if (root.querySelector('[part~="initials"]')!.textContent !== initials(payload)) problems.add(`initials changed ${where}`);
        for (const link of root.querySelectorAll('a')) {
          if (link.getAttribute('href') !== '#session-s1') problems.add(`session link changed ${where}`);
        }
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200)); // let any injected handler fire
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  it('never puts a payload into a link or an image: photo src and session id harness.payloads are refused', async () => {
    const el = await fixture<CtSpeakers>(html`<ct-speakers lang="en"></ct-speakers>`);
    const problems = new Set<string>();
    for (const payload of harness.payloads) {
      const feeds = [
        speakers([{ name: 'n', role: 'chair', photo: { src: payload, alt: 'a' } }]),
        speakers([{ name: 'n', role: 'chair', sessions: [{ id: payload, title: 't' }] }]),
      ];
      for (const feed of feeds) {
        untrusted(el).data = feed;
        await el.updateComplete;
        const root = el.shadowRoot!;
        for (const problem of findActiveContent(root, TAGS)) problems.add(`${problem} from ${payload.slice(0, 60)}`);
        const src = root.querySelector('img')?.getAttribute('src');
        if (src !== undefined && src !== null && !/^https?:/i.test(src)) problems.add(`src="${src.slice(0, 60)}"`);
        // A session link stays a fragment of the agenda's own ids.
        const href = root.querySelector('a')?.getAttribute('href');
        if (href !== undefined && href !== null && !/^#session-[A-Za-z0-9_.-]{1,100}$/.test(href)) problems.add(`href="${href.slice(0, 60)}"`);
      }
    }
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  it('refuses every payload that is not an id as a person id', async () => {
    const el = await fixture<CtSpeakers>(html`<ct-speakers lang="en"></ct-speakers>`);
    const problems = await idPayloadProblems(el, harness.payloads, TAGS, (id) => speakers([{ id, name: 'n', role: 'chair' }]));
    expect(problems).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });
});
