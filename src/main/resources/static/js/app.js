// Sends the CSRF token with every htmx request; kept in an external file so the CSP needs no inline script.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A filter bar's year, quarter and month belong to the campaign picked: switching campaign drops
// them, so the page opens on the new campaign's current period instead of a year it does not have.
document.addEventListener('change', function (event) {
  var picker = event.target;
  if (picker.id !== 'campaign' || !picker.form) {
    return;
  }
  ['year', 'quarter', 'month'].forEach(function (name) {
    var field = picker.form.elements.namedItem(name);
    if (field) {
      field.disabled = true;
    }
  });
}, true);

// The navigation marks the link of the page shown (the longest matching path wins).
document.addEventListener('DOMContentLoaded', function () {
  var best = null;
  document.querySelectorAll('#app-nav a[href]').forEach(function (link) {
    var path = new URL(link.href, window.location.href).pathname;
    var here = window.location.pathname;
    var matches = here === path || (path !== '/' && here.indexOf(path + '/') === 0);
    if (matches && (!best || path.length > best.path.length)) {
      best = { link: link, path: path };
    }
  });
  if (best) {
    best.link.setAttribute('aria-current', 'page');
  }
});

// An error answer to an htmx request is a small panel (error/error :: panel) that the
// server retargets to the page's error region: htmx swaps no 4xx or 5xx by itself.
document.addEventListener('htmx:beforeSwap', function (event) {
  var xhr = event.detail.xhr;
  if (xhr.status >= 400 && xhr.getResponseHeader('HX-Retarget') === '#htmx-alert') {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
document.addEventListener('htmx:beforeRequest', function () {
  var region = document.getElementById('htmx-alert');
  if (region) {
    region.replaceChildren();
  }
});
