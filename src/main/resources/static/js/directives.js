// "Select all cities" on the directive form: progressive enhancement, in a file so the CSP needs no inline script.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-select-all-wrapper]').forEach(function (wrapper) {
    wrapper.hidden = false;
  });
});
document.addEventListener('change', function (event) {
  var level = event.target.getAttribute && event.target.getAttribute('data-select-all');
  if (!level) {
    return;
  }
  document.querySelectorAll('input[data-level="' + level + '"]').forEach(function (box) {
    box.checked = event.target.checked;
  });
});
