import { untrusted } from '../helpers/untrusted.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/press-release/ct-press-release.js';
import type { CtPressRelease } from '../../src/components/press-release/press-release.js';
import { FeedStore } from '../../src/core/feed/feed-store.js';
import { serializeJsonLd } from '../../src/core/render/json-ld.js';
import { expectAccessible } from '../helpers/a11y.js';
import { SEED_FEED_URL, feedUrl, seedFeed, until } from '../helpers/feeds.js';
import { part, parts, squash } from '../helpers/dom.js';

/** The seed press release (../shared/seed/000_73c925793ee07437.txt), sentence by sentence. */
const SEED = {
  headline: 'Third High-Level Conference of Heads of Counter-Terrorism Agencies concludes with calls for reinvigorating multilateralism',
  dateline: 'New York, 20 June 2023',
  sentences: [
    'The Third High-Level Conference of Heads of Counter-Terrorism Agencies of Member States organized by the United Nations Office of Counter-Terrorism (UNOCT) concluded today in New York.',
    'Held under the theme of “Addressing Terrorism through Reinvigorated Multilateralism and Institutional Cooperation”, the two-day event presented an opportunity to exchange experiences and discuss critical thematic issues in countering terrorism and preventing and countering violent extremism.',
    'More than 1000 participants representing 160 Member States, 23 regional and international organizations, 23 United Nations entities, as well as 135 institutions from academia, civil society, and private sector attended the conference in person.',
    'In line with the Secretary-General’s vision for a reinvigorated, networked multilateralism, the Conference aimed to strengthen international and regional cooperation to address the complex and evolving terrorism threat as well as presented an important check-in for the forthcoming New Agenda for Peace, proposed by the UN Secretary-General in his report on Our Common Agenda.',
    'Presenting the chair’s summary for the conference, Mr. Vladimir Voronkov, United Nations Under-Secretary-General for Counter-Terrorism, shared five initial conclusions and recommendations which were brought to the fore during the closing session.',
    'Calls for multilateral solutions and enhanced international cooperation emerged in all thematic discussions.',
    '“It is important that we convert this sentiment into practical plans” said the Under-Secretary-General, to ensure that counter-terrorism strategies and measures are effective and reflect all communities, constituencies and voices.',
    'To achieve this, the UN Global Counter-Terrorism Coordination Compact, the organization’s largest coordination framework, is helping countries implement the Global Counter-Terrorism Strategy and will continue to partner with regional organizations and foster joint planning and resource mobilization.',
    'Participants also urged the international community to get ahead of the evolving terrorism threats based on xenophobia, racism and other forms of intolerance, or in the name of religion or belief, as well as the terrorist use of new and emerging technologies.',
    'Requests for new impetus to combat terrorism in Africa were accompanied by calls for more financial support for United Nations Counter-Terrorism efforts and capacity-building programmes to make them fit for purpose.',
    'In consultation with partners, UNOCT will produce a detailed outcome report of the High-Level Conference in September 2023.',
    'The Third High-Level Conference of Heads of Counter-Terrorism Agencies of Member States was the first part of the 2023 UN Counter-Terrorism week (“CT Week”), a biennial gathering of Member States and international counter-terrorism partners.',
    'CT Week continues for the remainder of this week with its line-up of 40 thematic side-events co-organized by over 95 stakeholders comprising Member States, intergovernmental organizations, UN Global Counter-Terrorism Compact entities, civil society, academia and faith-based organizations, from all geographical regions.',
    'CT Week will conclude with the consensus adoption of the Eighth Biennial Review of the United Nations Global Counter-Terrorism Strategy (GCTS) resolution by the General Assembly following a Plenary meeting and General Debate (22-23 June).',
    'Since its adoption in 2006, the Strategy has provided a common blueprint for comprehensive and coordinated efforts to fight terrorism, in all its forms and manifestations, at the international, regional, and national levels.',
  ],
  points: [
    'First, he highlighted the importance of effective law enforcement mechanisms, including capacity building for law enforcement officials through technical assistance and institutional cooperation.',
    'A second key point emerging from the discussion is the centrality of Human Rights in the fight against terror.',
    'Identifying the need for gender mainstreaming as a third priority, Mr. Voronkov USG stressed that advancing gender equality and ensuring women’s meaningful participation are essential in our common fight against terrorism and violent extremism.',
    'Fourthly, he reiterated the need to place victims at the center of global counter-terrorism efforts and enhance solidarity with and support to victims of terrorism, building on the first United Nations Global Congress of Victims of Terrorism held in September 2022.',
    'Lastly, speaking about Prosecution, Rehabilitation and Reintegration of foreign terrorist fighters and associated family members, Under-Secretary-General Voronkov encouraged Member States to strengthen their efforts in repatriating nationals from conflict zones.',
  ],
  quotes: [
    'All Member States, International and Regional Organizations, private sector, and civil society partners need to join hands to ensure that critical capacity-building assistance is available for those who need it the most, especially in the extremely challenged and vulnerable regions of the world',
    'Grounding our individual and joint actions in good governance, the rule of law, and the full realization of human rights is a precondition for successful and sustainable efforts to prevent and counter terrorism and violent extremism conducive to terrorism',
    'More needs to be done to bring foreign terrorist fighters to justice, as well as address the comprehensive and complex issues faced by tens of thousands of individuals, especially children and women, stranded in camps and detention facilities in dire circumstances',
  ],
  moreInfo: [
    'Visit: https://www.un.org/counterterrorism/2023-counter-terrorism-week',
    'Follow #CTWeek on UN WEBTV and on Twitter @UN_OCT',
    'Contact the UNOCT Communications team at OCT-info@un.org',
  ],
};

const ready = (el: CtPressRelease) => until(() => part(el, 'headline') !== null, 'the release');

async function seedRelease(attributes = ''): Promise<CtPressRelease> {
  const wrapper = await fixture<HTMLElement>(
    html`<div>${attributes === 'ar' ? html`<ct-press-release lang="ar" release="hlc-2023-06-20" json-ld src=${SEED_FEED_URL}></ct-press-release>` : attributes === 'fr' ? html`<ct-press-release lang="fr" release="hlc-2023-06-20" json-ld src=${SEED_FEED_URL}></ct-press-release>` : html`<ct-press-release lang="en" release="hlc-2023-06-20" json-ld src=${SEED_FEED_URL}></ct-press-release>`}</div>`,
  );
  const el = wrapper.querySelector('ct-press-release')!;
  await ready(el);
  await el.updateComplete;
  return el;
}

function release(overrides: Record<string, unknown> = {}, section: Record<string, unknown> = {}) {
  return {
    kind: 'conference',
    version: 1,
    pressReleases: {
      allowedSocialHosts: ['x.com'],
      ...section,
      releases: [
        { id: 'r1', lang: 'en', office: 'Office', headline: 'Headline', dateline: { place: 'Geneva', date: '2024-01-05' }, lead: 'Lead.', body: [], ...overrides },
      ],
    },
  };
}

describe('<ct-press-release>', () => {
  it('renders the seed release exactly: headline, dateline, every sentence, quotes, five key points, more information', async () => {
    const el = await seedRelease();
    expect(squash(part(el, 'headline')!.textContent)).to.equal(SEED.headline);
    expect(squash(part(el, 'dateline')!.textContent)).to.equal(SEED.dateline);
    expect(part(el, 'dateline')!.querySelector('time')!.getAttribute('datetime')).to.equal('2023-06-20');
    const article = squash(part(el, 'release')!.textContent);
    for (const sentence of [...SEED.sentences, ...SEED.points, ...SEED.quotes]) expect(article).to.contain(sentence);
    expect(squash(part(el, 'lead')!.textContent)).to.equal(`${SEED.dateline} – ${SEED.sentences.slice(0, 3).join(' ')}`);
    const points = part(el, 'key-points')!.querySelectorAll('.point');
    expect(points).to.have.length(5);
    expect([...points].map((point) => squash(point.querySelector('p')!.textContent))).to.deep.equal(SEED.points);
    expect([...el.shadowRoot!.querySelectorAll('blockquote')].map((q) => squash(q.textContent))).to.deep.equal(SEED.quotes);
    for (const caption of el.shadowRoot!.querySelectorAll('.quote figcaption')) {
      expect(squash(caption.textContent)).to.equal('Vladimir Voronkov United Nations Under-Secretary-General for Counter-Terrorism'.replace('Vladimir', 'Mr. Vladimir'));
    }
    const info = part(el, 'more-info')!;
    expect(squash(info.querySelector('[role="heading"]')!.textContent)).to.equal('For more information');
    expect([...info.querySelectorAll('li')].map((li) => squash(li.textContent))).to.deep.equal(SEED.moreInfo);
    expect(squash(part(el, 'note')!.textContent)).to.equal('For information media. Not an official record.');
    expect([...part(el, 'masthead')!.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
      'Third United Nations',
      'High-Level Conference on Counter-Terrorism',
      '19–20 June 2023',
      'United Nations Headquarters • New York',
    ]);
    expect(squash(part(el, 'office')!.textContent)).to.equal('United Nations Office of Counter-Terrorism (UNOCT)');
  });

  it('links only safe URLs, marks them external, and links handles only to allowed hosts', async () => {
    const el = await seedRelease();
    const info = part(el, 'more-info')!;
    const hrefs = [...info.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('rel')]);
    expect(hrefs).to.deep.equal([
      ['https://www.un.org/counterterrorism/2023-counter-terrorism-week', 'noopener noreferrer'],
      ['https://webtv.un.org/', 'noopener noreferrer'],
      ['https://twitter.com/UN_OCT', 'noopener noreferrer'],
      ['mailto:OCT-info@un.org', null],
    ]);
    expect(part(el, 'hashtag')!.localName).to.equal('bdi'); // #CTWeek has no URL in the seed
    for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.href).to.match(/^(https?:|mailto:)/);

    el.release = undefined;
    untrusted(el).data = release({ lead: [{ account: '@someone', url: 'https://evil.example/someone' }, ' and ', { account: '@ok', url: 'https://x.com/ok' }, ' ', { hashtag: '#tag', url: 'https://x.com/hashtag/tag' }] });
    await el.updateComplete;
    expect(parts(el, 'account').map((node) => [node.localName, node.getAttribute('href')])).to.deep.equal([
      ['bdi', null],
      ['a', 'https://x.com/ok'],
    ]);
    expect(part(el, 'hashtag')!.getAttribute('href')).to.equal('https://x.com/hashtag/tag');
  });

  it('emits NewsArticle JSON-LD into the light DOM when asked (json-ld), with "<" escaped, and removes it when unset', async () => {
    const el = await seedRelease();
    const script = el.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!);
    expect(data).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: SEED.headline,
      datePublished: '2023-06-20',
      dateline: 'New York, 20 June 2023',
      inLanguage: 'en',
    });
    expect(data.publisher).to.deep.equal({ '@type': 'Organization', name: 'United Nations', url: 'https://www.un.org/counterterrorism' });
    el.release = undefined;
    untrusted(el).data = release({ headline: '</script><script>alert(1)</script><!--' });
    await el.updateComplete;
    const text = el.querySelector('script[type="application/ld+json"]')!.textContent!;
    expect(text).not.to.contain('<');
    expect(JSON.parse(text).headline).to.equal('</script><script>alert(1)</script><!--');
    expect(serializeJsonLd({ a: '\u2028' })).to.equal('{"a":"\\u2028"}');
    el.jsonLd = false;
    await el.updateComplete;
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
  });

  it('writes no JSON-LD unless asked: the page decides what it tells search engines', async () => {
    const el = await fixture<CtPressRelease>(html`<ct-press-release lang="en" release="hlc-2023-06-20" .data=${await seedFeed()}></ct-press-release>`);
    expect(part(el, 'headline')).not.to.equal(null);
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
    el.setAttribute('json-ld', '');
    await el.updateComplete;
    expect(JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!)['@type']).to.equal('NewsArticle');
  });

  it('shows the French version on a French page, with the dateline in French and a link back to English', async () => {
    const el = await seedRelease('fr');
    expect(squash(part(el, 'dateline')!.textContent)).to.equal('New York, 20 juin 2023');
    expect(squash(part(el, 'headline')!.textContent)).to.match(/^La troisième Conférence de haut niveau/);
    const link = part(el, 'languages')!.querySelector('a')!;
    expect([link.getAttribute('hreflang'), link.getAttribute('lang'), squash(link.textContent)]).to.deep.equal(['en', 'en', 'English']);
    expect(JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!).inLanguage).to.equal('fr');
  });

  it('shows the newest release in the element’s language when none is named', async () => {
    const feed = await seedFeed();
    const fr = await fixture<CtPressRelease>(html`<ct-press-release lang="fr" .data=${feed}></ct-press-release>`);
    expect(fr.currentRelease!.id).to.equal('gcts-8th-review-2023-06-22-fr');
    const en = await fixture<CtPressRelease>(html`<ct-press-release lang="en" .data=${feed}></ct-press-release>`);
    expect(en.currentRelease!.id).to.equal('gcts-8th-review-2023-06-22');
  });

  it('links the English release to its French version, named in French', async () => {
    const el = await seedRelease();
    const link = part(el, 'languages')!.querySelector('a')!;
    expect([link.getAttribute('hreflang'), link.getAttribute('lang'), squash(link.textContent)]).to.deep.equal(['fr', 'fr', 'Français']);
  });

  it('is right to left in Arabic; an English release keeps its English dateline; an Arabic one has the UN month', async () => {
    const el = await seedRelease('ar');
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    // The feed has the release in Arabic: that version, right to left.
    expect(el.currentRelease!.id).to.equal('hlc-2023-06-20-ar');
    expect(getComputedStyle(part(el, 'headline')!).direction).to.equal('rtl');
    await expectAccessible(el);

    // Without an Arabic version the English release is one English article, dateline included, left to right.
    const feed = (await seedFeed()) as { pressReleases: { releases: { lang: string }[] } };
    feed.pressReleases.releases = feed.pressReleases.releases.filter((r) => r.lang !== 'ar');
    const english = await fixture<CtPressRelease>(html`<ct-press-release lang="ar" release="hlc-2023-06-20" .data=${feed}></ct-press-release>`);
    expect(squash(part(english, 'dateline')!.textContent)).to.equal('New York, 20 June 2023');
    expect(getComputedStyle(part(english, 'dateline')!).direction).to.equal('ltr');
    expect(part(english, 'headline')!.closest('[lang="en"]')).to.not.equal(null);
    await expectAccessible(english);

    const arabic = await fixture<CtPressRelease>(html`<ct-press-release lang="en"></ct-press-release>`);
    untrusted(arabic).data = release({ lang: 'ar', headline: 'عنوان', dateline: { place: 'نيويورك', date: '2023-06-20' }, lead: 'نص.' });
    await arabic.updateComplete;
    const dateline = part(arabic, 'dateline')!;
    // Intl's digits and order, the UN's month name ("حزيران/يونيه", not "يونيو"), the Arabic comma.
    expect(dateline.querySelector('time')!.textContent).to.equal(
      new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 5, 20)).replace('يونيو', 'حزيران/يونيه'),
    );
    expect(dateline.textContent).to.contain('نيويورك، ');
    expect(getComputedStyle(dateline).direction).to.equal('rtl');
  });

  it('renders every block kind: heading, lists, quote, image with alt and credit', async () => {
    const el = await fixture<CtPressRelease>(html`<ct-press-release lang="en"></ct-press-release>`);
    untrusted(el).data = release({
      symbol: 'GA/0000',
      subheading: 'Sub',
      body: [
        { type: 'heading', text: 'Section' },
        { type: 'list', ordered: true, items: ['one', [{ text: 'two', emphasis: true }]] },
        { type: 'list', items: ['a'] },
        { type: 'quote', quote: { text: 'Words', speaker: 'A Speaker', role: 'A role' } },
        { type: 'image', src: 'https://example.org/a.jpg', alt: 'A hall', credit: 'UN Photo', caption: 'The hall', width: 4, height: 3 },
      ],
    });
    await el.updateComplete;
    expect(part(el, 'symbol')!.textContent).to.equal('GA/0000');
    expect(squash(part(el, 'subheading')!.textContent)).to.equal('Sub');
    expect(part(el, 'body')!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(part(el, 'body')!.querySelector('ol em')!.textContent).to.equal('two');
    expect(squash(part(el, 'quote')!.textContent)).to.equal('Words A Speaker A role');
    const img = part(el, 'image')!.querySelector('img')!;
    expect([img.alt, img.getAttribute('width'), img.getAttribute('referrerpolicy')]).to.deep.equal(['A hall', '4', 'no-referrer']);
    expect(squash(part(el, 'image')!.querySelector('figcaption')!.textContent)).to.equal('The hall UN Photo');
    await expectAccessible(el);
  });

  it('leaves out an image without alt text, naming the JSON path in the console', async () => {
    const el = await fixture<CtPressRelease>(html`<ct-press-release lang="en"></ct-press-release>`);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      untrusted(el).data = release({ body: [{ type: 'image', src: 'https://example.org/a.jpg', alt: ' ', credit: 'x' }] });
      await until(() => part(el, 'left-out') !== null, 'the note on the image left out');
    } finally {
      console.warn = warn;
    }
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(el, 'error')).to.equal(null);
    expect(squash(part(el, 'left-out')!.textContent)).to.equal('1 item not shown because of an error in the feed');
    expect(warnings.join('\n')).to.contain('$.pressReleases.releases[0].body[0].alt: expected alt text');
  });

  it('sanitizes an html block with the allow-list, loading the sanitizer on demand', async () => {
    const el = await fixture<CtPressRelease>(html`<ct-press-release lang="en"></ct-press-release>`);
    untrusted(el).data = release({
      body: [
        {
          type: 'html',
          html: '<h2 style="color:red" onclick="alert(1)">Title</h2><p>Text <a href="https://un.org/x" target="_blank">link</a> <a href="/relative">rel</a> <a href="javascript:alert(1)">js</a></p><img src="https://example.org/t.gif"><script>alert(2)</script><meta http-equiv="refresh" content="0;url=https://evil.example"><table><tr><td colspan="2">c</td></tr></table>',
        },
      ],
    });
    await el.updateComplete;
    const content = part(el, 'html')!;
    expect(content.innerHTML).to.equal(
      '<h2>Title</h2><p>Text <a href="https://un.org/x" rel="noopener noreferrer">link</a> <a>rel</a> <a>js</a></p><table><tbody><tr><td colspan="2">c</td></tr></tbody></table>',
    );
    await expectAccessible(el);
  });

  it('renders the same html block twice as two copies', async () => {
    const el = await fixture<CtPressRelease>(html`<ct-press-release lang="en"></ct-press-release>`);
    untrusted(el).data = release({ body: [{ type: 'html', html: '<p>same</p>' }, { type: 'paragraph', content: 'between' }, { type: 'html', html: '<p>same</p>' }] });
    await el.updateComplete;
    expect(parts(el, 'html')).to.have.length(2);
    expect(squash(part(el, 'body')!.textContent)).to.equal('samebetweensame');
  });

  it('picks the release named by `release`, and says when it is not in the feed', async () => {
    const feed = await seedFeed();
    const el = await fixture<CtPressRelease>(html`<ct-press-release lang="en" json-ld release="gcts-8th-review-2023-06-22" .data=${feed}></ct-press-release>`);
    expect(squash(part(el, 'headline')!.textContent)).to.match(/^General Assembly adopts/);
    el.release = 'nope';
    await el.updateComplete;
    expect(squash(part(el, 'empty')!.textContent)).to.equal('This press release is not in the feed.');
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('shares: copy link, e-mail with subject and link, status announced', async () => {
    const el = await fixture<CtPressRelease>(html`<ct-press-release lang="en"></ct-press-release>`);
    untrusted(el).data = release({ url: 'https://example.org/r1' });
    await el.updateComplete;
    const share = part(el, 'share')!;
    const mail = share.querySelector('a')!.getAttribute('href')!;
    expect(mail).to.match(/^mailto:\?subject=Headline&body=/);
    expect(decodeURIComponent(mail.split('body=')[1]!)).to.equal('Headline\nGeneva, 5 January 2024\n\nhttps://example.org/r1');
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void copied.push(value) } });
    try {
      share.querySelector('button')!.click();
      await until(() => squash(share.querySelector('[role="status"]')!.textContent) === 'Link copied.', 'copy status');
      expect(copied).to.deep.equal(['https://example.org/r1']);
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('is accessible while loading, on error and when empty', async () => {
    const loading = await fixture<CtPressRelease>(
      html`<ct-press-release lang="en" src="/never" .store=${new FeedStore({ fetch: () => new Promise<Response>(() => {}) })}></ct-press-release>`,
    );
    expect(part(loading, 'loading')).to.not.equal(null);
    await expectAccessible(loading);
    const failed = await fixture<CtPressRelease>(html`<ct-press-release lang="en" src=${feedUrl({ status: 404 })}></ct-press-release>`);
    await until(() => part(failed, 'error') !== null, 'error');
    await expectAccessible(failed);
    const empty = await fixture<CtPressRelease>(html`<ct-press-release lang="en" .data=${{ kind: 'conference', version: 1, pressReleases: { releases: [] } }}></ct-press-release>`);
    expect(squash(part(empty, 'empty')!.textContent)).to.equal('No press releases have been published yet.');
    await expectAccessible(empty);
  });

  it('is accessible with the seed release, in English and in French', async () => {
    await expectAccessible(await seedRelease());
    await expectAccessible(await seedRelease('fr'));
  });

  it('lets the keyboard reach every link and button, in order', async () => {
    const el = await seedRelease();
    const focusable = [...el.shadowRoot!.querySelectorAll<HTMLElement>('a[href], button')];
    expect(focusable.length).to.be.greaterThan(6);
    const reached: Element[] = [];
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    for (let i = 0; i < focusable.length; i += 1) {
      await sendKeys({ press: 'Tab' });
      reached.push(el.shadowRoot!.activeElement!);
    }
    expect(reached).to.deep.equal(focusable);
  });
});
