import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../src/index.js';
import { feedUrl, seedFeed, uniqueId } from '../helpers/feeds.js';

const TAGS = ['ct-stats', 'ct-speakers', 'ct-timeline', 'ct-key-messages', 'ct-event-header', 'ct-press-release', 'ct-press-releases'];

/** The animation names running on the loading placeholder's boxes. */
async function placeholderAnimations(tag: string): Promise<string[]> {
  const src = feedUrl({ body: await seedFeed(), delayMs: 5000, id: uniqueId(tag) });
  const el = await fixture<HTMLElement>(staticHtml`<${unsafeStatic(tag)} lang="en" src=${src}></${unsafeStatic(tag)}>`);
  const placeholder = el.shadowRoot!.querySelector('.placeholder');
  expect(placeholder, `${tag} shows a placeholder while loading`).to.not.equal(null);
  return [placeholder!, ...placeholder!.querySelectorAll('*')].map((node) => getComputedStyle(node).animationName).filter((name) => name !== 'none');
}

describe('loading placeholders', function () {
  this.timeout(30_000);
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const tag of TAGS) {
    it(`<${tag}> pulses while loading, and stands still under prefers-reduced-motion`, async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(await placeholderAnimations(tag)).to.include('ct-pulse');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(await placeholderAnimations(tag)).to.deep.equal([]);
    });
  }
});
