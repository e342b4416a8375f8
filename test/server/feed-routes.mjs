/**
 * Test-server routes that answer like real feed servers, good and bad, over real HTTP.
 *
 *   /api/feed?id=&status=&delayMs=&failTimes=&body=   answers `body` (base64url) as JSON after `delayMs`,
 *                                                     (or, with `file=feeds/…`, that sample feed's bytes:
 *                                                     too large to travel in a URL),
 *                                                     with `status`; the first `failTimes` requests of `id`
 *                                                     get a 500 instead; requests after the first
 *                                                     `okTimes` get a 500 (a feed that later breaks).
 *   /api/huge?bytes=                                  a JSON body of that many bytes, no Content-Length.
 *   /api/log?id=                                      {requests, aborted}: what the server saw for `id`.
 */
const log = new Map();

function entry(id) {
  if (!log.has(id)) log.set(id, { requests: 0, aborted: 0 });
  return log.get(id);
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function feedRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const q = url.searchParams;
  if (url.pathname === '/api/log') {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = entry(q.get('id') ?? '');
    return;
  }
  if (url.pathname === '/api/huge') {
    const bytes = Number(q.get('bytes') ?? 6_000_000);
    const chunk = ' '.repeat(64 * 1024);
    ctx.type = 'application/json';
    ctx.body = (async function* () {
      yield '{"kind":"stats","version":1,"pad":"';
      for (let sent = 0; sent < bytes; sent += chunk.length) yield chunk;
      yield '"}';
    })();
    const { Readable } = await import('node:stream');
    ctx.body = Readable.from(ctx.body);
    return;
  }
  if (url.pathname !== '/api/feed') return next();

  const id = q.get('id') ?? '';
  const seen = entry(id);
  seen.requests += 1;
  let finished = false;
  ctx.req.on('close', () => {
    if (!finished) seen.aborted += 1;
  });
  const delayMs = Number(q.get('delayMs') ?? 0);
  if (delayMs) await wait(delayMs);
  finished = true;
  ctx.set('Cache-Control', 'no-store');
  const failTimes = Number(q.get('failTimes') ?? 0);
  const okTimes = q.has('okTimes') ? Number(q.get('okTimes')) : Infinity;
  if (seen.requests <= failTimes || seen.requests > failTimes + okTimes) {
    ctx.status = 500;
    ctx.body = 'Internal Server Error';
    return;
  }
  ctx.status = Number(q.get('status') ?? 200);
  ctx.type = q.get('type') ?? 'application/json';
  const file = q.get('file');
  if (file !== null) {
    // Only the sample feeds, never a path that climbs out of feeds/.
    if (!/^feeds\/[\w./-]+\.json$/.test(file) || file.includes('..')) {
      ctx.status = 400;
      ctx.body = 'file must be a JSON file under feeds/';
      return;
    }
    const { readFile } = await import('node:fs/promises');
    ctx.body = await readFile(new URL(`../../${file}`, import.meta.url), 'utf8');
    return;
  }
  ctx.body = Buffer.from(q.get('body') ?? '', 'base64url').toString('utf8');
}
