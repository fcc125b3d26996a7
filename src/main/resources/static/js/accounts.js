// Staff account pages: ask before disabling an account or revoking a token, and copy a password
// or token shown once. Wired here, not inline, so the Content-Security-Policy needs no exception.
(function () {
  'use strict';

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-copy]');
    if (!button) return;
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (!source || !navigator.clipboard) return;
    navigator.clipboard.writeText(source.textContent).then(function () {
      button.textContent = '복사됨';
    }, function () {
      button.textContent = '직접 복사해 주세요';
    });
  });
})();
