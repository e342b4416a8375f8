/**
 * Host pages served with a real Content-Security-Policy *header* (a `<meta>` policy cannot carry every
 * directive and is not what careful sites send):
 *
 *   /page/<name>?csp=strict|no-dompurify|none   test/fixtures/pages/<name>.html with that policy.
 *
 * `strict` is the policy README.md documents for partner pages; `no-dompurify` is the same without the
 * `dompurify` Trusted Types policy (a page that did not allow it); `none` sends no policy, the baseline
 * a layout is compared with.
 */
import { readFile } from 'node:fs/promises';

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
  'no-dompurify': [...STRICT, 'trusted-types lit-html ct-widgets'].join('; '),
  none: undefined,
};

export async function pageRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const match = /^\/page\/([a-z0-9-]+)$/.exec(url.pathname);
  if (!match) return next();
  const csp = url.searchParams.get('csp') ?? 'none';
  if (!(csp in POLICIES)) {
    ctx.status = 400;
    ctx.body = `unknown policy ${csp}`;
    return;
  }
  const file = new URL(`../fixtures/pages/${match[1]}.html`, import.meta.url);
  ctx.type = 'text/html';
  ctx.set('Cache-Control', 'no-store');
  if (POLICIES[csp]) ctx.set('Content-Security-Policy', POLICIES[csp]);
  ctx.body = await readFile(file, 'utf8');
}
