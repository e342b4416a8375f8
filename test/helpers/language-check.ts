/**
 * Finds English on a page that should be wholly in another UN language (issue 11, point 6). Every run of
 * text (and every `aria-label`, `title`, `alt`, `placeholder`) is checked two independent ways:
 *
 * 1. **Marking:** the `lang` that applies to it (the nearest `lang` up through shadow roots) is the page's
 *    language. The only runs allowed another language are words quoted verbatim (inside the part
 *    `quote-original`, which must say `lang="en"`) and a language's own name in a language switch.
 * 2. **Content**, whatever the marking says: once identifiers (URLs, e-mail addresses, #hashtags,
 *    @handles, `<code>`) and the proper names below are taken out, a run in Arabic, Chinese or Russian has
 *    no Latin letter left, and a run in French or Spanish no common English word.
 *
 * So English marked as the page's language fails (2), and a right text marked wrongly fails (1). Works
 * across documents (an iframe): no `instanceof`, node types only.
 */

/**
 * Proper names: the name of the UN's video service as the Russian UI string has it, and this library's
 * name. (People's names are text in every feed section, written in each language's script.)
 */
const PROPER_NAMES = ['UN Web TV', 'ct-widgets'];
/** URLs, e-mail addresses, hashtags, handles, the `.ics` file type and UTC offsets ("GMT+00:00", from `Intl`). */
const IDENTIFIERS = [/https?:\/\/\S+/g, /[\w.+-]+@[\w-]+(\.[\w-]+)+/g, /#\w+/g, /@\w+/g, /\.ics\b/g, /\b(GMT|UTC)([+−-]\d{1,2}(:\d{2})?)?/g];
/** Function words of English that French and Spanish text never contains. */
const ENGLISH_WORDS = /\b(the|and|of|with|for|is|are|to|by|from|this|that|will|has|have|was|were|which|their|its|more)\b/i;

export interface Finding {
  where: string;
  text: string;
  problem: string;
}

const ELEMENT = 1;
const TEXT = 3;
const FRAGMENT = 11;

/** Up one step: the parent, or from a shadow root to its host. */
function up(node: Node): Node | null {
  return node.parentNode ?? (node.nodeType === FRAGMENT ? ((node as ShadowRoot).host ?? null) : null);
}

/** The element in force at `node` carrying a `lang`, crossing shadow roots to their hosts. */
function langHolder(node: Node): Element | undefined {
  for (let current: Node | null = node; current; current = up(current)) {
    if (current.nodeType === ELEMENT && (current as Element).hasAttribute('lang')) return current as Element;
  }
  return undefined;
}

function closest(node: Node, selector: string): Element | null {
  for (let current: Node | null = node; current; current = up(current)) {
    if (current.nodeType === ELEMENT && (current as Element).matches(selector)) return current as Element;
  }
  return null;
}

const base = (tag: string) => tag.toLowerCase().split('-')[0]!;

/** A language switch names each language in itself ("English", "عربي"), marked with that language. */
function isLanguageSwitch(holder: Element | undefined): boolean {
  return !!holder && holder.matches('a[hreflang], button[lang]') && (holder.getAttribute('hreflang') ?? holder.getAttribute('lang')) === holder.getAttribute('lang');
}

function strip(text: string): string {
  let rest = text;
  for (const pattern of IDENTIFIERS) rest = rest.replace(pattern, ' ');
  for (const name of PROPER_NAMES) rest = rest.split(name).join(' ');
  return rest;
}

/** Whether a text meant to be in `lang` holds English (the content test alone, for text outside the DOM such as a page title). */
export function holdsEnglish(text: string, lang: string): boolean {
  const rest = strip(text);
  return ['ar', 'zh', 'ru'].includes(lang) ? /[A-Za-z]/.test(rest) : ENGLISH_WORDS.test(rest);
}

function check(text: string, node: Node, lang: string, where: string, findings: Finding[]): void {
  const rest = strip(text);
  if (!/\p{L}/u.test(rest) || closest(node, 'code')) return; // identifiers and proper names only
  const holder = langHolder(node);
  const marked = holder?.getAttribute('lang') ?? '';
  if (isLanguageSwitch(holder)) return;
  if (closest(node, '[part~="quote-original"]')) {
    if (base(marked) !== 'en') findings.push({ where, text, problem: `verbatim quote marked lang="${marked}"` });
    return;
  }
  if (base(marked) !== lang) findings.push({ where, text, problem: `marked lang="${marked}"` });
  if (holdsEnglish(text, lang)) {
    findings.push({ where, text, problem: 'English text' });
  }
}

export interface ScanOptions {
  /** Skip what is not rendered (`display: none`), as the reader sees the page; otherwise scan hidden text too. */
  visibleOnly?: boolean;
}

/** Checks every text node and human-readable attribute under `root`, through shadow roots; counts the runs. */
export function scanForEnglish(root: Node, lang: string, where: string, findings: Finding[], counts = { runs: 0 }, options: ScanOptions = {}): void {
  const visit = (node: Node) => {
    if (node.nodeType === ELEMENT) {
      const element = node as Element;
      if (['script', 'style', 'template', 'head'].includes(element.localName)) return;
      if (options.visibleOnly && element.ownerDocument.defaultView!.getComputedStyle(element).display === 'none') return;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) {
          counts.runs += 1;
          check(value, element, lang, `${where} [${name}]`, findings);
        }
      }
      if (element.shadowRoot) element.shadowRoot.childNodes.forEach(visit);
    }
    if (node.nodeType === TEXT && node.textContent!.trim()) {
      counts.runs += 1;
      check(node.textContent!.trim(), node, lang, where, findings);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
}
