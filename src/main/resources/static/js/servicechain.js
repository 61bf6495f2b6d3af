// Servicechain UI helpers. Pages work without JavaScript; this only enhances them.
document.addEventListener('htmx:configRequest', (event) => {
  // htmx requests that change state carry the CSRF token like ordinary forms do.
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});

// No inline event handlers (the Content-Security-Policy allows scripts from files only):
// forms ask for confirmation with data-confirm, selects submit their form with
// data-autosubmit.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
}, true);
document.addEventListener('change', (event) => {
  const field = event.target;
  if (field instanceof HTMLSelectElement && field.hasAttribute('data-autosubmit') && field.form) {
    field.form.requestSubmit ? field.form.requestSubmit() : field.form.submit();
  }
});
