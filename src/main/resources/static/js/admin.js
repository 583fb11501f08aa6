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
