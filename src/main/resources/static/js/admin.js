// Obligation form: shows the groups of fields the chosen kind uses. Without script every group stays visible.
document.addEventListener('DOMContentLoaded', () => {
  const select = document.querySelector('[data-kind-select]');
  if (!select) {
    return;
  }
  const update = () => {
    document.querySelectorAll('fieldset[data-kinds]').forEach((group) => {
      const kinds = group.dataset.kinds.split(' ');
      group.hidden = select.value !== '' && !kinds.includes(select.value);
    });
  };
  select.addEventListener('change', update);
  update();
});

// Task table import: the upload's progress while a large file goes up; the server's check follows.
document.addEventListener('htmx:xhr:progress', (event) => {
  const bar = document.getElementById('import-progress');
  if (bar && event.detail.lengthComputable) {
    bar.value = Math.round((event.detail.loaded / event.detail.total) * 100);
  }
});
