import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/stats/ct-stats.js';
import type { CtStats } from '../../src/components/stats/stats.js';
import { getUiLanguage, setUiLanguage } from '../../src/core/language/localization.js';
import { statsFeed, until } from '../helpers/feeds.js';

const emptyText = (el: CtStats) => el.shadowRoot!.querySelector('[part~="empty"]')?.textContent?.trim();

describe('a page that changes <html lang> after load', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await setUiLanguage('en');
  });

  it('gets UI strings in the new language, normalised, and back', async () => {
    const el = await fixture<CtStats>(html`<ct-stats .data=${statsFeed([])}></ct-stats>`);
    expect(emptyText(el)).to.equal('No figures have been published yet.');
    // A CMS-style tag: normalised to French like at load.
    document.documentElement.lang = 'fr_FR';
    // Translation from xliff/fr.xlf.
    await until(() => emptyText(el) === 'Aucun chiffre n’a encore été publié.', 'French UI strings');
    expect(getUiLanguage()).to.equal('fr');
    document.documentElement.lang = 'x-klingon';
    await until(() => emptyText(el) === 'No figures have been published yet.', 'English again for a tag with no UN language');
  });
});
