import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/key-messages/ct-key-messages.js';
import type { CtKeyMessages } from '../../src/components/key-messages/key-messages.js';
import { FeedStore } from '../../src/core/feed/feed-store.js';
import { validateDocument } from '../../src/core/feed/validate.js';
import { expectAccessible } from '../helpers/a11y.js';
import { SEED_FEED_URL, feedUrl, serverLog, uniqueId, until } from '../helpers/feeds.js';
import { parts, squash, texts } from '../helpers/dom.js';

const ready = (el: CtKeyMessages) => until(() => parts(el, 'message').length > 0, 'messages');
const feed = (messages: unknown[], extra: Record<string, unknown> = {}) => ({
  kind: 'conference',
  version: 1,
  keyMessages: { messages, ...extra },
});

// Verbatim from the seed press release (UNOCT, New York, 20 June 2023).
const SEED_TEXTS = [
  'First, he highlighted the importance of effective law enforcement mechanisms, including capacity building for law enforcement officials through technical assistance and institutional cooperation.',
  'A second key point emerging from the discussion is the centrality of Human Rights in the fight against terror.',
  'Identifying the need for gender mainstreaming as a third priority, Mr. Voronkov USG stressed that advancing gender equality and ensuring women’s meaningful participation are essential in our common fight against terrorism and violent extremism.',
  'Fourthly, he reiterated the need to place victims at the center of global counter-terrorism efforts and enhance solidarity with and support to victims of terrorism, building on the first United Nations Global Congress of Victims of Terrorism held in September 2022.',
  'Lastly, speaking about Prosecution, Rehabilitation and Reintegration of foreign terrorist fighters and associated family members, Under-Secretary-General Voronkov encouraged Member States to strengthen their efforts in repatriating nationals from conflict zones.',
];
const SEED_QUOTES = [
  'All Member States, International and Regional Organizations, private sector, and civil society partners need to join hands to ensure that critical capacity-building assistance is available for those who need it the most, especially in the extremely challenged and vulnerable regions of the world',
  'Grounding our individual and joint actions in good governance, the rule of law, and the full realization of human rights is a precondition for successful and sustainable efforts to prevent and counter terrorism and violent extremism conducive to terrorism',
  'More needs to be done to bring foreign terrorist fighters to justice, as well as address the comprehensive and complex issues faced by tens of thousands of individuals, especially children and women, stranded in camps and detention facilities in dire circumstances',
];

describe('<ct-key-messages> with the seed feed', () => {
  it('renders the chair’s five conclusions, numbered, with the texts and quotes verbatim', async () => {
    const el = await fixture<CtKeyMessages>(html`<ct-key-messages lang="en" src=${SEED_FEED_URL}></ct-key-messages>`);
    await ready(el);
    const list = parts(el, 'list')[0]!;
    expect(list.localName).to.equal('ol');
    expect(parts(el, 'message').every((item) => item.localName === 'li')).to.equal(true);
    expect(texts(el, 'number')).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(texts(el, 'text')).to.deep.equal(SEED_TEXTS);
    expect(texts(el, 'quote-text')).to.deep.equal(SEED_QUOTES);
    expect(parts(el, 'quote-text').every((node) => node.localName === 'blockquote')).to.equal(true);
    expect(parts(el, 'attribution').every((node) => node.localName === 'figcaption')).to.equal(true);
    expect(parts(el, 'speaker').map((node) => node.localName)).to.deep.equal(['cite', 'cite', 'cite']);
    expect(new Set(texts(el, 'speaker'))).to.deep.equal(new Set(['Mr. Vladimir Voronkov']));
    expect(new Set(texts(el, 'speaker-role'))).to.deep.equal(
      new Set(['United Nations Under-Secretary-General for Counter-Terrorism']),
    );
    // The third and fourth conclusions have no quote in the seed.
    const quoted = parts(el, 'message').map((item) => item.querySelector('[part="quote"]') !== null);
    expect(quoted).to.deep.equal([true, true, false, false, true]);
    expect(texts(el, 'title')).to.deep.equal(['Chair’s summary: five initial conclusions and recommendations']);
    await expectAccessible(el);
  });

  it('gives the title and message headings an outline that follows heading-level', async () => {
    const el = await fixture<CtKeyMessages>(
      html`<ct-key-messages lang="en" heading-level="3" src=${SEED_FEED_URL}></ct-key-messages>`,
    );
    await ready(el);
    expect(parts(el, 'title')[0]!.getAttribute('aria-level')).to.equal('3');
    expect(parts(el, 'heading').map((node) => node.getAttribute('aria-level'))).to.deep.equal(['4', '4', '4', '4', '4']);
    expect(parts(el, 'heading').every((node) => node.getAttribute('role') === 'heading')).to.equal(true);
  });

  it('quotes in the language’s own quotation marks', async () => {
    const el = await fixture<CtKeyMessages>(html`<ct-key-messages lang="fr" src=${SEED_FEED_URL}></ct-key-messages>`);
    await ready(el);
    const quotation = parts(el, 'quote-text')[0]!;
    // The quote stays verbatim in English (`original: "en"`), so it is marked lang="en" and gets English
    // marks; its French translation beside it gets « ».
    expect(quotation.getAttribute('lang')).to.equal('en');
    expect(quotation.querySelector('p')!.matches(':lang(en)')).to.equal(true);
    expect(getComputedStyle(quotation.querySelector('p')!, '::before').content).to.equal('open-quote');
    const translation = parts(el, 'quote-translation')[0]!.querySelector('q')!;
    expect(translation.matches(':lang(fr)')).to.equal(true);
    expect(squash(translation.textContent)).to.match(/^Tous les États Membres/);
  });

  it('renders Arabic right to left: Arabic texts, verbatim English quotes marked and left to right, the Arabic translation beside them', async () => {
    const el = await fixture<CtKeyMessages>(html`<ct-key-messages lang="ar" src=${SEED_FEED_URL}></ct-key-messages>`);
    await ready(el);
    expect(parts(el, 'base')[0]!.getAttribute('dir')).to.equal('rtl');
    expect(texts(el, 'heading')[1]).to.equal('حقوق الإنسان في الصميم');
    expect(texts(el, 'number')).to.deep.equal([1, 2, 3, 4, 5].map((n) => new Intl.NumberFormat('ar').format(n)));
    const text = parts(el, 'text')[0]!;
    expect([text.getAttribute('lang'), getComputedStyle(text).direction]).to.deep.equal([null, 'rtl']);
    expect(squash(text.textContent)).to.match(/^أولاً/);
    const quotation = parts(el, 'quote-text')[0]!;
    expect([quotation.getAttribute('lang'), getComputedStyle(quotation).direction]).to.deep.equal(['en', 'ltr']);
    expect(quotation.getAttribute('part')).to.contain('quote-original');
    expect(getComputedStyle(parts(el, 'quote-translation')[0]!).direction).to.equal('rtl');
    expect(texts(el, 'speaker')[0]).to.equal('السيد فلاديمير فورونكوف');
    // The quote's rule sits on the inline start: the right in Arabic.
    const quote = parts(el, 'quote')[0]!;
    expect(getComputedStyle(quote).borderRightStyle).to.equal('solid');
    expect(getComputedStyle(quote).borderLeftStyle).to.equal('none');
    await expectAccessible(el);
  });

  it('fits a 320 px column without horizontal scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px"><ct-key-messages lang="en" src=${SEED_FEED_URL}></ct-key-messages></div>`,
    );
    const el = wrapper.querySelector('ct-key-messages')!;
    await ready(el);
    expect(el.scrollWidth).to.be.at.most(320);
  });
});

describe('<ct-key-messages> states', () => {
  it('is busy with a placeholder while loading', async () => {
    const store = new FeedStore({ fetch: () => new Promise<Response>(() => {}) });
    const el = await fixture<CtKeyMessages>(html`<ct-key-messages lang="en" .store=${store} src="/never.json"></ct-key-messages>`);
    expect(parts(el, 'base')[0]!.getAttribute('aria-busy')).to.equal('true');
    expect(parts(el, 'loading')).to.have.length(1);
    expect(parts(el, 'message')).to.have.length(0);
    await expectAccessible(el);
  });

  it('shows an alert for a 404 and retries from the keyboard', async () => {
    const id = uniqueId();
    const el = await fixture<CtKeyMessages>(
      html`<ct-key-messages
        lang="en"
        .store=${new FeedStore({ retryDelayMs: 10 })}
        src=${feedUrl({ id, failTimes: 3, body: feed([{ heading: 'h', text: 't' }]) })}
      ></ct-key-messages>`,
    );
    await until(() => parts(el, 'retry-button').length === 1, 'the error state');
    expect(parts(el, 'error')[0]!.getAttribute('role')).to.equal('alert');
    await expectAccessible(el);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'retry-button')[0]);
    await sendKeys({ press: 'Enter' });
    await ready(el);
    expect(texts(el, 'heading')).to.deep.equal(['h']);
    expect((await serverLog(id)).requests).to.equal(4);
  });

  it('leaves out a message without text, which the validator names by path', async () => {
    const el = await fixture<CtKeyMessages>(html`<ct-key-messages lang="en" .data=${feed([{ heading: 'h' }, { heading: 'kept', text: 't' }])}></ct-key-messages>`);
    expect(parts(el, 'error')).to.have.length(0);
    expect(texts(el, 'heading')).to.deep.equal(['kept']);
    expect(texts(el, 'left-out')).to.deep.equal(['1 item not shown because of an error in the feed']);
    expect(validateDocument(feed([{ heading: 'h' }])).join('\n')).to.contain('$.keyMessages.messages[0].text');
  });

  it('leaves out a message whose quote source is not http(s)', async () => {
    const bad = feed([{ heading: 'h', text: 't', quote: { text: 'q', speaker: 's', sourceUrl: 'javascript:alert(1)' } }]);
    const el = await fixture<CtKeyMessages>(html`<ct-key-messages lang="en" .data=${bad}></ct-key-messages>`);
    expect(validateDocument(bad).join('\n')).to.contain('$.keyMessages.messages[0].quote.sourceUrl');
    expect(texts(el, 'left-out')).to.deep.equal(['1 item not shown because of an error in the feed']);
    expect(el.shadowRoot!.querySelector('blockquote')).to.equal(null);
    expect(el.shadowRoot!.innerHTML).to.not.contain('javascript:');
  });

  it('is empty, with a message, when there are no messages', async () => {
    const el = await fixture<CtKeyMessages>(html`<ct-key-messages lang="en" .data=${feed([])}></ct-key-messages>`);
    expect(texts(el, 'empty')).to.deep.equal(['No key messages have been published yet.']);
    await expectAccessible(el);
  });

  it('renders feed text as text, never markup', async () => {
    const payload = '<img src=x onerror="window.__km=1">';
    const el = await fixture<CtKeyMessages>(
      html`<ct-key-messages lang="en" .data=${feed([{ heading: payload, text: payload, quote: { text: payload, speaker: payload } }])}></ct-key-messages>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(texts(el, 'heading')).to.deep.equal([payload]);
  });
});

describe('<ct-key-messages> dark theme', () => {
  for (const lang of ['en', 'ar']) {
    it(`has no axe violations with theme="dark" in ${lang}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="color-scheme: dark; background: #16191d">${html`<ct-key-messages theme="dark" lang=${lang} src=${SEED_FEED_URL}></ct-key-messages>`}</div>`,
      );
      const el = wrapper.firstElementChild!;
      await until(() => el.shadowRoot!.querySelector(`[part~=${'message'}]`) !== null, 'content');
      await expectAccessible(wrapper);
    });
  }
});
