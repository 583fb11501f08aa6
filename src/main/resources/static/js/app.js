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
