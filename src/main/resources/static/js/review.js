// "Select all" in the review queue: progressive enhancement, in a file so the CSP needs no inline script.
document.addEventListener('DOMContentLoaded', function () {
  var all = document.getElementById('select-all');
  if (!all) {
    return;
  }
  all.hidden = false;
  all.addEventListener('change', function () {
    document.querySelectorAll('#queue-table input[name="items"]').forEach(function (box) {
      box.checked = all.checked;
    });
  });
});
