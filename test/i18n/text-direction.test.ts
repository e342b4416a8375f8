import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/index.js';
import { setUiLanguage } from '../../src/core/language/localization.js';
import { SEED_FEED_URL, until } from '../helpers/feeds.js';

/**
 * Every run of text in its own direction. On an Arabic page with every element, and with `lang="ar"`
 * elements on an English page, each text node of every shadow tree (nested ones included) is classified
 * by its first strong letter, as the Unicode bidi algorithm's paragraph rule (P2) and `dir="auto"` do:
 * a Latin-script run must lie in a left-to-right context and an Arabic-script run in a right-to-left one,
 * the context being the computed `direction` of the node's parent element. Runs in other scripts (CJK,
 * digits only) have no side to take and are skipped.
 */

const LATIN = /\p{Script=Latin}/u;
const ARABIC = /\p{Script=Arabic}/u;
const LETTER = /\p{L}/u;

/** The text nodes of `root`, entering every shadow root on the way; style and script text left out. */
function textNodes(root: Node, out: Text[] = []): Text[] {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child instanceof Text) out.push(child);
    else if (child instanceof Element && !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(child.tagName)) {
      if (child.shadowRoot) textNodes(child.shadowRoot, out);
      textNodes(child, out);
    }
  }
  return out;
}

/** Where a text node sits, for the failure message: host tag and the nearest `part`. */
function where(node: Text): string {
  const host = (node.getRootNode() as ShadowRoot).host?.tagName.toLowerCase() ?? 'page';
  let el: Element | null = node.parentElement;
  while (el && !el.getAttribute('part')) el = el.parentElement;
  return `${host}${el ? ` [part=${el.getAttribute('part')}]` : ''}`;
}

/** Every misplaced run: Latin text in a right-to-left context, Arabic text in a left-to-right one. */
function misplacedRuns(root: Element): string[] {
  const problems: string[] = [];
  for (const node of textNodes(root)) {
    const parent = node.parentElement;
    if (!parent || !parent.checkVisibility()) continue;
    const first = [...(node.data.match(LETTER) ? node.data : '')].find((char) => LETTER.test(char));
    if (!first) continue;
    const want = LATIN.test(first) ? 'ltr' : ARABIC.test(first) ? 'rtl' : undefined;
    const have = getComputedStyle(parent).direction;
    if (want && have !== want) problems.push(`${where(node)}: "${node.data.trim().slice(0, 50)}" is in a ${have} context`);
  }
  return [...problems, ...reorderedBlocks(root)];
}

/** The nearest ancestor laid out as a block (a paragraph for the bidi algorithm), within the tree. */
function blockOf(node: Node): Element | undefined {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (!['inline', 'contents'].includes(getComputedStyle(el).display)) return el;
  }
  return undefined;
}

/**
 * Runs kept in their own direction are still put in the paragraph's order: several Latin runs (plain
 * text, then emphasis, then plain text) in a right-to-left paragraph come out in reverse. A block whose
 * letters are all of one script and that holds more than one run of them must have that script's
 * direction.
 */
function reorderedBlocks(root: Element): string[] {
  const runs = new Map<Element, Text[]>();
  for (const node of textNodes(root)) {
    if (!node.parentElement?.checkVisibility() || !LETTER.test(node.data)) continue;
    const block = blockOf(node);
    if (block) runs.set(block, [...(runs.get(block) ?? []), node]);
  }
  const problems: string[] = [];
  for (const [block, nodes] of runs) {
    if (nodes.length < 2) continue;
    const text = nodes.map((node) => node.data).join('');
    const latin = LATIN.test(text);
    const arabic = ARABIC.test(text);
    const want = latin && !arabic ? 'ltr' : arabic && !latin ? 'rtl' : undefined;
    const have = getComputedStyle(block).direction;
    if (want && have !== want) problems.push(`${where(nodes[0]!)}: runs "${text.replace(/\s+/g, ' ').trim().slice(0, 60)}" are ordered ${have}`);
  }
  return problems;
}

/** A speakers feed whose names are plain strings, as CMS exports give them. */
const plainNames = {
  kind: 'conference',
  version: 1,
  speakers: {
    people: [
      { id: 'moreno', name: 'Ms. Ana Moreno', role: 'speaker', title: 'Director, Example Institute' },
      { id: 'haddad', name: 'السيدة ليلى حداد', role: 'moderator' },
    ],
  },
};

const FEED_TAGS = ['ct-stats', 'ct-agenda', 'ct-press-release', 'ct-press-releases', 'ct-event-header', 'ct-key-messages', 'ct-speakers', 'ct-timeline'];

async function everyElement(lang: string | undefined): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(html`<div>
    <ct-language-bar lang=${ifDefined(lang)}></ct-language-bar>
    <ct-event-header src=${SEED_FEED_URL} lang=${ifDefined(lang)}></ct-event-header>
    <ct-stats src=${SEED_FEED_URL} lang=${ifDefined(lang)}></ct-stats>
    <ct-key-messages src=${SEED_FEED_URL} lang=${ifDefined(lang)}></ct-key-messages>
    <ct-agenda src=${SEED_FEED_URL} lang=${ifDefined(lang)}></ct-agenda>
    <ct-agenda id="grid-live" src=${SEED_FEED_URL} layout="grid" now="2023-06-19T14:05:00Z" no-url-state lang=${ifDefined(lang)}></ct-agenda>
    <ct-event-header id="upcoming" src=${SEED_FEED_URL} now="2023-06-10T12:00:00Z" lang=${ifDefined(lang)}></ct-event-header>
    <ct-speakers src=${SEED_FEED_URL} lang=${ifDefined(lang)}></ct-speakers>
    <ct-speakers id="plain" .data=${plainNames} lang=${ifDefined(lang)}></ct-speakers>
    <ct-timeline src=${SEED_FEED_URL} lang=${ifDefined(lang)}></ct-timeline>
    <ct-press-release src=${SEED_FEED_URL} release="hlc-2023-06-20" lang=${ifDefined(lang)}></ct-press-release>
    <ct-press-releases src=${SEED_FEED_URL} lang=${ifDefined(lang)}></ct-press-releases>
  </div>`);
  for (const el of container.querySelectorAll<HTMLElement>(FEED_TAGS.join(','))) {
    await until(() => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false', `${el.tagName} ready`);
  }
  // Open what is closed by default: a session's details (speakers, organisers) and a release in the list.
  const agenda = container.querySelector('ct-agenda')!;
  const withSpeakers = [...agenda.shadowRoot!.querySelectorAll<HTMLElement>('[part~="session"]')].find((card) =>
    card.querySelector('[data-action="toggle-details"]'),
  )!;
  withSpeakers.querySelector<HTMLButtonElement>('[data-action="toggle-details"]')!.click();
  const list = container.querySelector('ct-press-releases')!;
  list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')?.click();
  await until(() => list.shadowRoot!.querySelector('ct-press-release')?.shadowRoot?.querySelector('[part~="lead"]') != null, 'the open release');
  await new Promise((resolve) => setTimeout(resolve, 50));
  // The states these carry UI text in: a countdown before the event, "Now" markers and room headers.
  expect(container.querySelector('#upcoming')!.shadowRoot!.querySelector('[part~="countdown"]'), 'countdown').to.not.equal(null);
  const grid = container.querySelector('#grid-live')!.shadowRoot!;
  expect(grid.querySelector('[part~="now-marker"]'), 'now marker').to.not.equal(null);
  expect(grid.querySelector('.room-headers'), 'the grid’s room headers').to.not.equal(null);
  return container;
}

describe('every run of text in its own direction', function () {
  this.timeout(60_000);
  afterEach(async () => {
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'ltr';
    await setUiLanguage('en');
  });

  it('on an Arabic page with every element', async () => {
    document.documentElement.lang = 'ar';
    document.documentElement.dir = 'rtl';
    await setUiLanguage('ar');
    const container = await everyElement(undefined);
    expect(misplacedRuns(container)).to.deep.equal([]);
    // The feed has the release in Arabic: its dateline is Arabic, with the UN's month name.
    const release = container.querySelector('ct-press-release')!.shadowRoot!;
    expect(release.querySelector('[part~="dateline"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^نيويورك، .*حزيران\/يونيه/);
    expect(getComputedStyle(release.querySelector('[part~="release"] .label')!).direction).to.equal('rtl');
  });

  it('with lang="ar" elements on an English page', async () => {
    const container = await everyElement('ar');
    expect(misplacedRuns(container)).to.deep.equal([]);
    const summary = container.querySelector('ct-agenda')!.shadowRoot!.querySelector<HTMLElement>('[part~="summary"]')!;
    expect(summary.textContent!.trim()).to.equal('20 of 20 sessions');
    expect([summary.lang, getComputedStyle(summary).direction]).to.deep.equal(['en', 'ltr']);
  });

  it('catches a Latin run in a right-to-left box, and Latin runs in a right-to-left paragraph (the check can fail)', async () => {
    const el = await fixture<HTMLElement>(html`<div dir="rtl"><p>Ms. Ana Moreno</p><p dir="ltr">السيدة ليلى</p></div>`);
    expect(misplacedRuns(el)).to.have.length(2);
    const runs = await fixture<HTMLElement>(html`<p dir="rtl"><span dir="auto">Addressing </span><em dir="auto">terrorism</em></p>`);
    expect(misplacedRuns(runs)).to.have.length(1);
  });
});
