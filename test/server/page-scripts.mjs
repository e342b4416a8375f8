/**
 * Which build of the widgets a test page loads, chosen by the request instead of by a copy of the page:
 * `script=src` (the sources), `cdn` (dist/cdn/ct-widgets.js), `autoloader` (dist/cdn/ct-autoloader.js),
 * or several joined by commas for two snippets on one page (`cdn,cdn`, `autoloader,cdn`). The page's own
 * module script for one of these builds is replaced; a second copy of the same file gets `?second-copy`
 * so the browser runs it again, as it would from a second site snippet.
 */
export const SCRIPTS = { src: '/src/index.ts', cdn: '/dist/cdn/ct-widgets.js', autoloader: '/dist/cdn/ct-autoloader.js' };

const PAGE_SCRIPT = /<script type="module" src="(?:\/src\/index\.ts|\/dist\/cdn\/ct-widgets\.js|\/dist\/cdn\/ct-autoloader\.js)"><\/script>/;

/** The page with its build's script tag replaced; throws on an unknown build or a page with no such tag. */
export function withScripts(page, choice) {
  const names = choice.split(',');
  const unknown = names.filter((name) => !(name in SCRIPTS));
  if (unknown.length) throw new Error(`unknown script ${unknown.join(', ')} (known: ${Object.keys(SCRIPTS).join(', ')})`);
  if (!PAGE_SCRIPT.test(page)) throw new Error('the page loads none of the builds, so none can be chosen');
  const seen = new Set();
  const tags = names.map((name) => {
    const src = seen.has(name) ? `${SCRIPTS[name]}?second-copy` : SCRIPTS[name];
    seen.add(name);
    return `<script type="module" src="${src}"></script>`;
  });
  return page.replace(PAGE_SCRIPT, tags.join('\n    '));
}
