// Loaded first on the strict-CSP page: records every Content-Security-Policy violation so the
// end-to-end test can assert there were none (the page itself may not run inline script).
window.mendkitCspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.mendkitCspViolations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`);
});
