import { expect } from '@open-wc/testing';
import { holdsEnglish, scanForEnglish, type Finding } from '../helpers/language-check.js';

/**
 * The "no English left" check (test/helpers/language-check.ts) decides whether the six-language page
 * tests can fail at all, so each of its rules is proven here on hand-built DOM whose findings are known
 * in advance: English in each script's branch, in attributes, inside a shadow root, a verbatim quote
 * marked wrongly, and what it must let through (identifiers, proper names, `<code>`, a language switch).
 */
function scan(markup: string, lang: string, shadow?: string): string[] {
  const host = document.createElement('div');
  host.lang = lang;
  host.innerHTML = markup;
  if (shadow !== undefined) host.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = shadow;
  document.body.append(host);
  const findings: Finding[] = [];
  scanForEnglish(host, lang, 'test', findings);
  host.remove();
  return findings.map((f) => `${f.problem}: ${f.text}`);
}

describe('the "no English left" check, rule by rule', () => {
  it('finds Latin letters in Arabic, Chinese and Russian text marked as the page’s language', () => {
    expect(scan('<p>جلسة <b>Opening</b></p>', 'ar')).to.deep.equal(['English text: Opening']);
    expect(scan('<p>会议 Agenda</p>', 'zh')).to.deep.equal(['English text: 会议 Agenda']);
    expect(scan('<p>Повестка дня</p>', 'ru')).to.deep.equal([]);
  });

  it('finds English function words in French and Spanish, not French or Spanish words', () => {
    expect(scan('<p>Ordre du jour de la séance</p>', 'fr')).to.deep.equal([]);
    expect(scan('<p>Programa de la sesión</p><p>Programme of the week</p>', 'es')).to.deep.equal(['English text: Programme of the week']);
  });

  it('reads aria-label, title, alt and placeholder, and crosses shadow roots', () => {
    expect(scan('<button aria-label="Close">×</button><img alt="Speaker" src="data:,">', 'ar')).to.deep.equal([
      'English text: Close',
      'English text: Speaker',
    ]);
    expect(scan('<div id="host"></div>', 'ru', '<span title="Add to calendar">+</span><p>Show more</p>')).to.deep.equal([
      'English text: Add to calendar',
      'English text: Show more',
    ]);
  });

  it('finds text marked with another language, and a verbatim quote not marked as English', () => {
    expect(scan('<p lang="en">Заседание</p>', 'ru')).to.deep.equal(['marked lang="en": Заседание']);
    expect(scan('<q part="quote-original" lang="en">We will</q>', 'fr')).to.deep.equal([]);
    expect(scan('<q part="quote-original" lang="fr">We will</q>', 'fr')).to.deep.equal(['verbatim quote marked lang="fr": We will']);
  });

  it('lets identifiers, the listed proper names, <code> and a language switch through', () => {
    expect(scan('<p>https://www.un.org/en #CTWeek @UN_OCT info@un.org GMT+02:00 .ics</p>', 'zh')).to.deep.equal([]);
    expect(scan('<p>UN Web TV</p><code>ct-agenda</code>', 'ar')).to.deep.equal([]);
    expect(scan('<p>Vladimir Voronkov</p>', 'ar')).to.deep.equal(['English text: Vladimir Voronkov']);
    expect(scan('<a href="/en" hreflang="en" lang="en">English</a>', 'ar')).to.deep.equal([]);
    expect(holdsEnglish('Programme — ONU', 'fr')).to.equal(false);
    expect(holdsEnglish('Programme of the day', 'fr')).to.equal(true);
  });
});
