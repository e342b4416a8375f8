// The autoloader story's page: lists every CDN JavaScript file the page has requested (resource timing,
// so the element files and chunks appear as they load), and adds elements by DOM calls (the page requires
// Trusted Types: no markup strings). The parent story sizes its iframe from the height this page posts.
const SEED = '../feeds/ct-week-2023/conference.json';
const NOW = '2023-06-20T11:00:00-04:00';
const ELEMENTS = {
  'ct-key-messages': {},
  'ct-timeline': { now: NOW },
  'ct-speakers': {},
  'ct-agenda': { now: NOW, 'no-url-state': '' },
};
const list = document.getElementById('loaded');
const seen = new Set();

function post() {
  parent.postMessage({ ctFrameHeight: document.documentElement.scrollHeight }, location.origin);
}

function listFiles() {
  for (const entry of performance.getEntriesByType('resource')) {
    const path = new URL(entry.name).pathname;
    if (!/\/cdn\/.*\.js$/.test(path) || seen.has(path)) continue;
    seen.add(path);
    const item = document.createElement('li');
    item.textContent = path.replace(/^.*\/cdn\//, '');
    list.append(item);
  }
  post();
}
new PerformanceObserver(listFiles).observe({ type: 'resource', buffered: true });

for (const [tag, attributes] of Object.entries(ELEMENTS)) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = `Add <${tag}>`;
  button.addEventListener('click', () => {
    const element = document.createElement(tag);
    element.setAttribute('src', SEED);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.getElementById('main').append(element);
    button.disabled = true;
  });
  document.getElementById('buttons').append(button);
}
new ResizeObserver(post).observe(document.body);
listFiles();
