// A file, not an inline script: the page's policy forbids inline scripts. Runs before the widgets load, so
// every violation they could cause is counted.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
