/**
 * The XSS harness every element's tests reuse: the corpus, traps for anything a payload could call, and
 * a scan of rendered DOM (through shadow roots) for active content.
 */

export async function loadXssPayloads(): Promise<string[]> {
  const text = await (await fetch('/test/fixtures/xss-payloads.txt')).text();
  return text.split('\n').filter((line) => line.length > 0);
}

export interface Traps {
  calls: string[];
  restore(): void;
}

/** Replaces `alert`, `prompt`, `confirm`, `print` and cross-origin `fetch`, and records navigations. */
export function installTraps(): Traps {
  const calls: string[] = [];
  const saved = {
    alert: window.alert,
    prompt: window.prompt,
    confirm: window.confirm,
    print: window.print,
    fetch: window.fetch,
    open: window.open,
  };
  window.alert = (...args: unknown[]) => void calls.push(`alert(${args.join()})`);
  window.prompt = (...args: unknown[]) => (calls.push(`prompt(${args.join()})`), null);
  window.confirm = (...args: unknown[]) => (calls.push(`confirm(${args.join()})`), false);
  window.print = () => void calls.push('print()');
  window.open = (...args: unknown[]) => (calls.push(`open(${args.join()})`), null);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.origin !== location.origin) calls.push(`fetch(${url.href})`);
    return saved.fetch.call(window, input, init);
  };
  const onNavigate = (event: Event) => calls.push(`navigate(${(event as Event & { destination?: { url: string } }).destination?.url})`);
  const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigate', onNavigate);
  const onUnload = () => calls.push('beforeunload');
  window.addEventListener('beforeunload', onUnload);
  return {
    calls,
    restore() {
      Object.assign(window, saved);
      navigation?.removeEventListener('navigate', onNavigate);
      window.removeEventListener('beforeunload', onUnload);
    },
  };
}

const ACTIVE_URL = /^\s*(javascript|data|vbscript):/i;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster'];

/** Every element under `root`, descending into open shadow roots. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** Problems found: `on*` attributes, scriptable URLs, or elements no text binding can create. */
export function findActiveContent(root: ParentNode, allowedTags: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const element of deepElements(root)) {
    const tag = element.localName;
    if (!allowedTags.has(tag)) problems.push(`unexpected <${tag}>`);
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) problems.push(`<${tag} ${attribute.name}>`);
      if (URL_ATTRIBUTES.includes(attribute.name) && ACTIVE_URL.test(attribute.value)) {
        problems.push(`<${tag} ${attribute.name}="${attribute.value.slice(0, 40)}">`);
      }
    }
  }
  return problems;
}

export interface XssHarness {
  /** The whole corpus, loaded before the first test. */
  readonly payloads: string[];
  /** The traps of the running test. */
  readonly traps: Traps;
}

/**
 * Sets up the enclosing `describe()` for a corpus run: loads the payloads once, installs the traps and
 * silences the thousands of expected validation warnings around each test, and checks the corpus is whole.
 */
export function useXssHarness(): XssHarness {
  const state = { payloads: [] as string[], traps: undefined as unknown as Traps };
  const warn = console.warn;
  before(async () => {
    state.payloads = await loadXssPayloads();
  });
  beforeEach(() => {
    state.traps = installTraps();
    console.warn = () => undefined;
  });
  afterEach(() => {
    state.traps.restore();
    console.warn = warn;
  });
  it('has the whole corpus', () => {
    if (state.payloads.length !== 8346) throw new Error(`expected 8,346 payloads, found ${state.payloads.length}`);
  });
  return state;
}

/**
 * How many times text under `node` is marked as a fallback in `lang`: on the node itself (a paragraph or
 * quotation that is wholly in that language) and on inline spans inside it.
 */
export function fallbackMarks(node: Element, lang = 'fr'): number {
  return (node.matches(`[lang="${lang}"]`) ? 1 : 0) + node.querySelectorAll(`[lang="${lang}"]`).length;
}

/** How a payload reaches feed text: as a plain string, or as a language map. */
export type TextForm = 'string' | 'map';

/** A plain string is bound as is; a map without the element's language falls back and is wrapped in `<span lang="fr">`. */
export const textAs = (payload: string, form: TextForm): string | { fr: string } => (form === 'string' ? payload : { fr: payload });

/** The text a binding put in `node`: its non-blank text nodes (the template's own indentation left out). */
export function boundText(node: Node): string {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current.nodeValue!.trim() !== '') text += current.nodeValue;
  }
  return text;
}

/** The id rule every feed section shares (`feedId`). */
export const FEED_ID = /^[A-Za-z0-9_.-]{1,100}$/;

interface FeedElementLike extends HTMLElement {
  data: unknown;
  readonly updateComplete: Promise<boolean>;
}

/**
 * Gives `el` each payload as an id (through `feed`) and lists what went wrong: active content, a payload
 * that is not an id accepted or an id refused (refused = the error state), and, with `placed`, an accepted
 * id that did not end up where it belongs. Waits afterwards for any injected handler to fire.
 */
export async function idPayloadProblems(
  el: FeedElementLike,
  payloads: readonly string[],
  tags: ReadonlySet<string>,
  feed: (payload: string) => unknown,
  placed?: (root: ShadowRoot, payload: string) => boolean,
): Promise<string[]> {
  const problems = new Set<string>();
  // The corpus holds no id with "." and none near the length limit: the rule's edges are added here.
  for (const payload of [...payloads, 'a.b', 'x'.repeat(100), 'x'.repeat(101), '']) {
    el.data = feed(payload);
    await el.updateComplete;
    const root = el.shadowRoot!;
    for (const problem of findActiveContent(root, tags)) problems.add(`${problem} from ${payload.slice(0, 60)}`);
    // Refused: the whole feed (error state) or the one item that carries it (left out, with a note).
    const refused = root.querySelector('[part="error"], [part~="left-out"]') !== null;
    if (refused === FEED_ID.test(payload)) problems.add(`${refused ? 'refused' : 'accepted'}: ${payload.slice(0, 60)}`);
    else if (!refused && placed && !placed(root, payload)) problems.add(`id misplaced: ${payload.slice(0, 60)}`);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  return [...problems];
}
