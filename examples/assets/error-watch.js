// Records uncaught errors and rejected promises so the end-to-end test can assert there were none.
window.mendkitPageErrors = [];
window.addEventListener('error', (event) => window.mendkitPageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.mendkitPageErrors.push(String(event.reason)));
