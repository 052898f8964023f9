// Progressive enhancements only: every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
  // Move focus to the error summary so screen-reader and keyboard users hear what went wrong.
  var summary = document.querySelector('.error-summary');
  if (summary) { summary.focus(); }

  // Live character counters for long texts.
  document.querySelectorAll('textarea[data-counter]').forEach(function (area) {
    var out = document.getElementById(area.getAttribute('data-counter'));
    if (!out) { return; }
    var max = area.getAttribute('data-max');
    var update = function () { out.textContent = area.value.length + ' / ' + max; };
    area.addEventListener('input', update);
    update();
  });

  // Ask before a destructive action (the server checks everything anyway).
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
    });
  });
});
