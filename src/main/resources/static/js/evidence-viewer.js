// The evidence viewer: a thumbnail opens its image in a Bootstrap modal, with the previous and next images of the
// same record (buttons or the arrow keys); Esc closes it and the focus goes back to the thumbnail. Without script
// (or with Ctrl/Cmd/Shift held) a thumbnail is a plain link to the file. In a file, so the CSP needs no inline script.
document.addEventListener('DOMContentLoaded', function () {
  var modal = document.getElementById('evidence-viewer');
  if (!modal || !window.bootstrap) {
    return;
  }
  var viewer = window.bootstrap.Modal.getOrCreateInstance(modal);
  var image = document.getElementById('evidence-viewer-image');
  var title = document.getElementById('evidence-viewer-title');
  var original = document.getElementById('evidence-viewer-open');
  var position = document.getElementById('evidence-viewer-position');
  var previous = document.getElementById('evidence-viewer-previous');
  var next = document.getElementById('evidence-viewer-next');
  var group = [];
  var index = 0;
  var opener = null;

  function show(i) {
    index = (i + group.length) % group.length;
    var link = group[index];
    var name = link.getAttribute('data-evidence-name');
    image.src = link.href;
    image.alt = name;
    title.textContent = name;
    original.href = link.href;
    position.textContent = (group.length > 1) ? (index + 1) + ' / ' + group.length : '';
    previous.hidden = next.hidden = group.length < 2;
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-evidence-viewer]');
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    var list = link.closest('.evidence-thumbs') || document;
    group = Array.prototype.slice.call(list.querySelectorAll('a[data-evidence-viewer]'));
    opener = link;
    show(group.indexOf(link));
    viewer.show();
  });
  previous.addEventListener('click', function () {
    show(index - 1);
  });
  next.addEventListener('click', function () {
    show(index + 1);
  });
  modal.addEventListener('keydown', function (event) {
    if (group.length > 1 && event.key === 'ArrowLeft') {
      show(index - 1);
    }
    else if (group.length > 1 && event.key === 'ArrowRight') {
      show(index + 1);
    }
  });
  modal.addEventListener('hidden.bs.modal', function () {
    image.removeAttribute('src');
    if (opener) {
      opener.focus();
    }
  });
});
