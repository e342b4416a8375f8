import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/components/stats/ct-stats.js';
import { FeedStore } from '../../src/core/feed/feed-store.js';
import { setUiLanguage } from '../../src/core/language/localization.js';
import { expectAccessible } from '../helpers/a11y.js';
import { feedUrl } from '../helpers/feeds.js';

/**
 * The error state speaks only the UI language: a sentence saying what went wrong and what to do, then
 * technical detail as labelled data, each value in a <code lang="en" dir="ltr">. Nothing outside those
 * <code> elements may be English when the UI is French or Arabic (the case: "Le serveur du flux
 * a répondu par l'erreur 404. The server answered 404 Not Found").
 */
async function failing(src: string) {
  const el = document.createElement('ct-stats');
  el.lang = 'en';
  Object.assign(el, { store: new FeedStore({ retryDelayMs: 20 }) });
  el.src = src;
  const failed = oneEvent(el, 'ct-error');
  await fixture(el);
  await failed;
  await el.updateComplete;
  return el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!;
}

/** The text of the error state outside its <code> values. */
function prose(error: HTMLElement): string {
  const copy = error.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('code').forEach((code) => code.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

/** English words of the old messages (not "error", which is also Spanish). */
const ENGLISH = /\b(the|feed|server|answered|expected|not found|invalid|missing|shape|please)\b/i;

describe('error states in the UI language', () => {
  afterEach(() => setUiLanguage('en'));

  it('French, HTTP 404: a French sentence, the status as data', async () => {
    await setUiLanguage('fr');
    const error = await failing(feedUrl({ status: 404, body: { nope: true } }));
    expect(error.getAttribute('lang')).to.equal('fr');
    // prose() folds the no-break space before the colon into a space.
    expect(prose(error)).to.equal(
      'Le serveur du flux a répondu par une erreur. Veuillez en informer les responsables de cette page. Statut HTTP : Réessayer',
    );
    const code = error.querySelector('code')!;
    expect([code.textContent, code.getAttribute('lang'), code.getAttribute('dir')]).to.deep.equal(['404', 'en', 'ltr']);
    await expectAccessible(error.getRootNode() as unknown as HTMLElement);
  });

  it('Arabic, a feed of the wrong shape: path and validator message as data, no English prose', async () => {
    await setUiLanguage('ar');
    const error = await failing(feedUrl({ body: { kind: 'stats', version: 1, stats: { figures: 'many' } } }));
    expect(error.getAttribute('dir')).to.equal('rtl');
    expect(prose(error)).not.to.match(ENGLISH);
    expect(prose(error)).to.contain('يُرجى إبلاغ القائمين على هذه الصفحة');
    const codes = [...error.querySelectorAll('code')].map((code) => code.textContent);
    expect(codes).to.deep.equal(['$.stats.figures', 'expected an array of figures, got "many"']);
  });

  for (const lang of ['zh', 'ru', 'es']) {
    it(`${lang}: a server error and a body that is not JSON read with no English outside the data`, async () => {
      await setUiLanguage(lang);
      const http = await failing(feedUrl({ status: 410, body: {} }));
      expect(prose(http)).not.to.match(ENGLISH);
      expect(http.querySelector('code')!.textContent).to.equal('410');
      const notJson = await failing(feedUrl({ rawBody: '<html>Maintenance</html>' }));
      expect(prose(notJson)).not.to.match(ENGLISH);
      // The parser's own message is data, in English as Chromium wrote it.
      expect(notJson.querySelector('code')!.textContent).to.contain('JSON');
    });
  }
});
