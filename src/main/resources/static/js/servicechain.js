// Servicechain UI helpers. Pages work without JavaScript; this only enhances them.
document.addEventListener('htmx:configRequest', (event) => {
  // htmx requests that change state carry the CSRF token like ordinary forms do.
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});
