// Builds the one element named in the query string (?tag=ct-stats&lang=ar&layout=grid…) on this strict-CSP
// page, with DOM calls only (no markup strings: the page requires Trusted Types), and says how many policy
// violations the page has seen. The parent story sizes its iframe from the height this page posts.
const SEED = '../feeds/ct-week-2023/conference.json';
const DURING = '2023-06-20T11:00:00-04:00';
const ATTRIBUTES = {
  'ct-agenda': { now: DURING, 'no-url-state': '' },
  'ct-event-header': { now: DURING },
  'ct-timeline': { now: DURING },
  'ct-press-release': { release: 'hlc-2023-06-20', 'json-ld': '' },
};

const query = new URLSearchParams(location.search);
const tag = query.get('tag') ?? '';
const main = document.getElementById('main');
const status = document.getElementById('policy-status');

if (/^ct-[a-z-]+$/.test(tag)) {
  const lang = query.get('lang') ?? 'en';
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const element = document.createElement(tag);
  if (tag !== 'ct-language-bar') element.setAttribute('src', SEED);
  for (const [name, value] of Object.entries(ATTRIBUTES[tag] ?? {})) element.setAttribute(name, value);
  for (const name of ['layout']) if (query.has(name)) element.setAttribute(name, query.get(name));
  main.append(element);
}

function report() {
  const count = window.__violations.length;
  status.dataset.violations = String(count);
  status.textContent = `Strict Content-Security-Policy (with Trusted Types): ${count} violation${count === 1 ? '' : 's'}${
    count ? `: ${window.__violations.join('; ')}` : ''
  }`;
  parent.postMessage({ ctFrameHeight: document.documentElement.scrollHeight }, location.origin);
}
document.addEventListener('securitypolicyviolation', () => queueMicrotask(report));
new ResizeObserver(report).observe(document.body);
report();
