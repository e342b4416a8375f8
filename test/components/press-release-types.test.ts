import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/press-release/ct-press-release.js';
import '../../src/components/press-releases/ct-press-releases.js';
import type { CtPressRelease } from '../../src/components/press-release/press-release.js';
import type { CtPressReleases } from '../../src/components/press-releases/press-releases.js';
import { UN_LANGUAGES, setUiLanguage, uiLanguageReady } from '../../src/core/language/localization.js';
import { expectAccessible } from '../helpers/a11y.js';
import { until } from '../helpers/feeds.js';
import { part, squash } from '../helpers/dom.js';

/** Four documents written by hand in the forms the UN press service uses (L/3282, SG/SM, a note, an embargo). */
const SAMPLES_URL = '/feeds/samples/un-press-releases.json';

const jsonLd = (el: Element) => JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);

async function sample(id: string, lang = 'en'): Promise<CtPressRelease> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.innerHTML = `<ct-press-release lang="${lang}" release="${id}" json-ld src="${SAMPLES_URL}"></ct-press-release>`;
  const el = wrapper.querySelector<CtPressRelease>('ct-press-release')!;
  await until(() => part(el, 'headline') !== null, 'the release');
  await el.updateComplete;
  return el;
}

function feedOf(release: Record<string, unknown>) {
  return {
    kind: 'conference',
    version: 1,
    pressReleases: {
      releases: [{ id: 'r', lang: 'en', office: 'Office', headline: 'Headline', dateline: { place: 'Geneva', date: '2024-01-05' }, lead: 'Lead.', body: [], ...release }],
    },
  };
}

/** The labels UN press pages print for each kind, in each language (press.un.org and its language sites). */
const LABELS: Record<string, Record<string, string>> = {
  'press-release': { en: 'Press release', fr: 'Communiqué de presse', es: 'Comunicado de prensa', ru: 'Пресс-релиз', zh: '新闻稿', ar: 'نشرة صحفية' },
  'meetings-coverage': { en: 'Meetings coverage', fr: 'Couverture des réunions', es: 'Cobertura de reuniones', ru: 'Освещение заседаний', zh: '会议报道', ar: 'تغطية الاجتماعات' },
  statement: { en: 'Statement', fr: 'Déclaration', es: 'Declaración', ru: 'Заявление', zh: '声明', ar: 'بيان' },
  'note-to-correspondents': { en: 'Note to correspondents', fr: 'Note aux correspondants', es: 'Nota para los corresponsales', ru: 'Записка для корреспондентов', zh: '给记者的说明', ar: 'مذكرة إلى المراسلين' },
};

describe('<ct-press-release> document types', function () {
  this.timeout(60_000);
  before(() => uiLanguageReady);
  afterEach(() => setUiLanguage('en'));

  it('meetings coverage (L/3282): label, meeting line, symbol, dateline on its own line, narrative quote, end mark', async () => {
    const el = await sample('meetings-coverage-l3282');
    expect(squash(part(el, 'type')!.textContent)).to.equal('Meetings coverage');
    expect(squash(part(el, 'meeting')!.textContent)).to.equal('High-level Conference on Counter-Terrorism, AM & PM Meetings');
    expect(squash(part(el, 'symbol')!.textContent)).to.equal('L/3282');
    const dateline = part(el, 'dateline')!;
    expect([dateline.localName, squash(dateline.textContent)]).to.deep.equal(['p', 'New York, 28 June 2018']);
    expect(part(el, 'lead')!.contains(dateline)).to.equal(false);
    expect(squash(part(el, 'lead')!.textContent)).to.match(/^Terrorism can be defeated/);
    // Narrative: the words carry no quotation marks the element added.
    const narrative = el.shadowRoot!.querySelector('.quote.narrative blockquote p')!;
    expect(getComputedStyle(narrative, '::before').content).to.equal('none');
    expect(getComputedStyle(narrative, '::after').content).to.equal('none');
    const endMark = part(el, 'end-mark')!;
    expect(squash(endMark.querySelector('[aria-hidden="true"]')!.textContent)).to.equal('* *** *');
    expect(squash(endMark.querySelector('.visually-hidden')!.textContent)).to.equal('End of document');
    expect(jsonLd(el)).to.deep.include({ identifier: 'L/3282', genre: 'Meetings Coverage', datePublished: '2018-06-28' });
    await expectAccessible(el);
  });

  it('a statement (SG/SM) is never labelled "Press release": "Statement", "As delivered", its symbol and a standalone dateline', async () => {
    const el = await sample('sg-closing-remarks-2018');
    expect(squash(part(el, 'type')!.textContent)).to.equal('Statement');
    expect(squash(part(el, 'release')!.textContent).toLowerCase()).not.to.contain('press release');
    expect(squash(part(el, 'as-delivered')!.textContent)).to.equal('As delivered');
    expect(squash(part(el, 'symbol')!.textContent)).to.equal('SG/SM/19109');
    expect(part(el, 'dateline')!.localName).to.equal('p');
    expect(squash(part(el, 'lead')!.textContent)).to.match(/^Following are UN Secretary-General/);
    expect(jsonLd(el)).to.deep.include({ identifier: 'SG/SM/19109', genre: 'Statement' });
    await expectAccessible(el);
  });

  it('a note to correspondents: its label, no symbol, the dateline on its own line', async () => {
    const el = await sample('note-briefing-2018');
    expect(squash(part(el, 'type')!.textContent)).to.equal('Note to correspondents');
    expect(part(el, 'symbol')).to.equal(null);
    expect(part(el, 'dateline')!.localName).to.equal('p');
    expect(jsonLd(el).genre).to.equal('Note to Correspondents');
    await expectAccessible(el);
  });

  it('an embargoed, corrected, reissued press release: the three notes before the headline, the dateline leading the text', async () => {
    const el = await sample('embargoed-release-2018');
    expect(squash(part(el, 'type')!.textContent)).to.equal('Press release');
    const embargo = part(el, 'embargo')!;
    // 10:00 at -04:00 is 10 a.m. in New York (EDT); UN English style, and Intl's generic name of the zone.
    const zone = new Intl.DateTimeFormat('en', { timeZone: 'America/New_York', timeZoneName: 'longGeneric' })
      .formatToParts(Date.UTC(2018, 5, 28, 14))
      .find((p) => p.type === 'timeZoneName')!.value;
    expect(squash(embargo.textContent)).to.equal(`Embargoed until 10 a.m., 28 June 2018 (${zone})`);
    expect(embargo.querySelector('time')!.getAttribute('datetime')).to.equal('2018-06-28T10:00:00-04:00');
    expect(squash(part(el, 'correction')!.textContent)).to.equal('Correction: Corrects the number of participants in the second paragraph.');
    expect(squash(part(el, 'reissue')!.textContent)).to.equal('Reissued: Reissued to add the programme of side events.');
    const headline = part(el, 'headline')!;
    for (const name of ['embargo', 'correction', 'reissue']) {
      expect(part(el, name)!.compareDocumentPosition(headline) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    }
    expect(squash(part(el, 'lead')!.textContent)).to.match(/^New York, 28 June 2018 – The first High-Level Conference/);
    await expectAccessible(el);
  });

  it('labels each type in the six languages, marked with the UI language', async () => {
    for (const lang of UN_LANGUAGES) {
      await setUiLanguage(lang);
      for (const [type, labels] of Object.entries(LABELS)) {
        const el = await fixture<CtPressRelease>(html`<ct-press-release lang=${lang} .data=${feedOf({ type })}></ct-press-release>`);
        const label = part(el, 'type')!;
        expect(squash(label.textContent), `${type} in ${lang}`).to.equal(labels[lang]);
        expect(label.getAttribute('lang')).to.equal(lang);
      }
    }
  });

  it('places the dateline as `position` says, whatever the type', async () => {
    const standalone = await fixture<CtPressRelease>(
      html`<ct-press-release lang="en" .data=${feedOf({ dateline: { place: 'Geneva', date: '2024-01-05', position: 'standalone' } })}></ct-press-release>`,
    );
    expect(part(standalone, 'dateline')!.localName).to.equal('p');
    expect(squash(part(standalone, 'lead')!.textContent)).to.equal('Lead.');
    const leading = await fixture<CtPressRelease>(
      html`<ct-press-release lang="en" .data=${feedOf({ type: 'statement', dateline: { place: 'Geneva', date: '2024-01-05', position: 'lead' } })}></ct-press-release>`,
    );
    expect(squash(part(leading, 'lead')!.textContent)).to.equal('Geneva, 5 January 2024 – Lead.');
  });

  it('adds quotation marks to a quote, none to a narrative one', async () => {
    const quote = { text: 'Words', speaker: 'Someone' };
    const el = await fixture<CtPressRelease>(
      html`<ct-press-release lang="en" .data=${feedOf({ body: [{ type: 'quote', quote }, { type: 'quote', quote, narrative: true }] })}></ct-press-release>`,
    );
    const [marked, narrative] = [...el.shadowRoot!.querySelectorAll('blockquote p')];
    expect(getComputedStyle(marked!, '::before').content).to.not.equal('none');
    expect(getComputedStyle(narrative!, '::before').content).to.equal('none');
  });

  it('keeps verbatim words in their language with the reader’s translation beside them, in a block and inline', async () => {
    const words = { en: 'It is important that we convert this sentiment into practical plans', fr: 'Il importe de traduire cette volonté en plans concrets' };
    const data = feedOf({
      lang: 'fr',
      lead: ['Il a dit : ', { text: words, original: 'en', emphasis: true }, '.'],
      body: [{ type: 'quote', quote: { text: words, original: 'en', speaker: 'M. Vladimir Voronkov' } }],
    });
    await setUiLanguage('fr');
    const fr = await fixture<CtPressRelease>(html`<ct-press-release lang="fr" .data=${data}></ct-press-release>`);
    const block = fr.shadowRoot!.querySelector('blockquote')!;
    expect([block.getAttribute('lang'), squash(block.textContent)]).to.deep.equal(['en', words.en]);
    expect(block.getAttribute('part')).to.contain('quote-original');
    const translation = fr.shadowRoot!.querySelector('figure [part~="quote-translation"]')!;
    expect(squash(translation.textContent)).to.equal(squash(`Traduction\u00a0: ${words.fr}`));
    expect(translation.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    const inline = part(fr, 'lead')!;
    expect(inline.querySelector('[part~="quote-original"]')!.getAttribute('lang')).to.equal('en');
    expect(squash(inline.textContent)).to.contain(squash(`${words.en} [Traduction\u00a0: ${words.fr}]`));
    await expectAccessible(fr);

    // A reader of the original language sees the words alone.
    await setUiLanguage('en');
    const en = await fixture<CtPressRelease>(html`<ct-press-release lang="en" .data=${feedOf({ body: [{ type: 'quote', quote: { text: words, original: 'en', speaker: 'S' } }] })}></ct-press-release>`);
    expect(part(en, 'quote-original')).to.equal(null);
    expect(part(en, 'quote-translation')).to.equal(null);
    expect(squash(en.shadowRoot!.querySelector('blockquote')!.textContent)).to.equal(words.en);
  });

  it('is right to left and accessible in Arabic, every type with every note', async () => {
    await setUiLanguage('ar');
    for (const id of ['meetings-coverage-l3282', 'sg-closing-remarks-2018', 'note-briefing-2018', 'embargoed-release-2018']) {
      const el = await sample(id, 'ar');
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect(part(el, 'type')!.getAttribute('dir')).to.equal('rtl');
      await expectAccessible(el);
    }
  });

  it('lists each release with its kind; a statement is labelled as one', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.innerHTML = `<ct-press-releases lang="en" src="${SAMPLES_URL}"></ct-press-releases>`;
    const list = wrapper.querySelector<CtPressReleases>('ct-press-releases')!;
    await until(() => list.shadowRoot!.querySelector('[part~="item"]') !== null, 'the list');
    const labels = [...list.shadowRoot!.querySelectorAll('[part~="item"]')].map((item) => [
      item.getAttribute('data-release'),
      squash(item.querySelector('[part~="type"]')!.textContent),
    ]);
    expect(labels).to.deep.equal([
      ['sg-closing-remarks-2018', 'Statement'],
      ['meetings-coverage-l3282', 'Meetings coverage'],
      ['embargoed-release-2018', 'Press release'],
      ['note-briefing-2018', 'Note to correspondents'],
    ]);
    await expectAccessible(list);
  });
});
