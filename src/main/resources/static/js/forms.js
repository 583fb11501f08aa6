// After a failed save the error summary takes the focus, so a screen reader reads it first
// (autofocus alone is not honoured on every browser for a non-control element).
document.addEventListener('DOMContentLoaded', () => {
  const summary = document.querySelector('[data-focus-on-load]');
  if (summary) {
    summary.focus();
  }
});
