/**
 * Host pages served with a real Content-Security-Policy *header* (a `<meta>` policy cannot carry every
 * directive and is not what careful sites send):
 *
 *   /page/<name>?csp=strict|strict-twice|no-dompurify|none&theme=&lang=&script=
 *       test/fixtures/pages/<name>.html with that policy; `theme` adds a site theme's stylesheet before
 *       anything else (hostile-star, bootstrap, tailwind-preflight); `lang=ar` makes it an Arabic page;
 *       `script` picks the build it loads (page-scripts.mjs).
 *
 * `strict` is the policy README.md documents for partner pages; `no-dompurify` is the same without the
 * `dompurify` Trusted Types policy (a page that did not allow it); `none` sends no policy, the baseline
 * a layout is compared with.
 */
import { readFile } from 'node:fs/promises';
import { compile } from 'tailwindcss';
import { withScripts } from './page-scripts.mjs';

const STRICT = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
];

export const POLICIES = {
  strict: [...STRICT, 'trusted-types lit-html dompurify ct-widgets'].join('; '),
  // What README.md asks of pages that may load the script twice.
  'strict-twice': [...STRICT, "trusted-types lit-html dompurify ct-widgets 'allow-duplicates'"].join('; '),
  'no-dompurify': [...STRICT, 'trusted-types lit-html ct-widgets'].join('; '),
  none: undefined,
};

/** Site themes a page may have: ours, and two real ones from their npm packages. */
const THEMES = {
  'hostile-star': '/test/fixtures/pages/themes/hostile-star.css',
  bootstrap: '/node_modules/bootstrap/dist/css/bootstrap.min.css',
  'tailwind-preflight': '/themes/tailwind-preflight.css',
};

let tailwindCss;

/**
 * Tailwind 4's preflight as a site ships it: its source uses `--theme()`, which only Tailwind's compiler
 * understands, so it is compiled here (theme variables and base layer, no utilities), once.
 */
function tailwindPreflight() {
  const dir = new URL('../../node_modules/tailwindcss/', import.meta.url);
  tailwindCss ??= compile('@layer theme, base;\n@import "tailwindcss/theme.css" layer(theme);\n@import "tailwindcss/preflight.css" layer(base);', {
    base: dir.pathname,
    async loadStylesheet(id) {
      const file = new URL(id.replace(/^tailwindcss\//, ''), dir);
      return { path: file.pathname, base: dir.pathname, content: await readFile(file, 'utf8') };
    },
  }).then((compiler) => compiler.build([]));
  return tailwindCss;
}

export async function pageRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname === THEMES['tailwind-preflight']) {
    ctx.type = 'text/css';
    ctx.body = await tailwindPreflight();
    return;
  }
  const match = /^\/page\/([a-z0-9-]+)$/.exec(url.pathname);
  if (!match) return next();
  const csp = url.searchParams.get('csp') ?? 'none';
  if (!(csp in POLICIES)) {
    ctx.status = 400;
    ctx.body = `unknown policy ${csp}`;
    return;
  }
  const theme = url.searchParams.get('theme');
  if (theme && !(theme in THEMES)) {
    ctx.status = 400;
    ctx.body = `unknown theme ${theme}`;
    return;
  }
  const file = new URL(`../fixtures/pages/${match[1]}.html`, import.meta.url);
  let page = await readFile(file, 'utf8');
  const script = url.searchParams.get('script');
  if (script) {
    try {
      page = withScripts(page, script);
    } catch (error) {
      ctx.status = 400;
      ctx.body = error.message;
      return;
    }
  }
  if (theme) page = page.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <link rel="stylesheet" href="${THEMES[theme]}" />`);
  if (url.searchParams.get('lang') === 'ar') page = page.replace('<html lang="en">', '<html lang="ar" dir="rtl">');
  ctx.type = 'text/html';
  ctx.set('Cache-Control', 'no-store');
  if (POLICIES[csp]) ctx.set('Content-Security-Policy', POLICIES[csp]);
  ctx.body = page;
}
