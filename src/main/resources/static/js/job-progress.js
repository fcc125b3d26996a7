// Admin pages with a long job (archive relink, search reindex): while it runs, ask for its progress
// every second and show it.
// Loaded as a file, not inline, so the Content-Security-Policy needs no exception.
(function () {
  'use strict';

  var box = document.getElementById('job-progress');
  var bar = document.getElementById('job-bar');
  if (!box || box.getAttribute('data-running') !== 'true') return;

  function show(p) {
    var line = document.createElement('p');
    line.textContent = (p.running ? '진행 중: ' : '완료: ') + p.done + ' / ' + p.total + '건 (오류 ' + p.errors + '건)';
    box.replaceChildren(line);
    if (bar) {
      bar.max = Math.max(1, p.total);
      bar.value = p.done;
    }
    if (p.running) {
      window.setTimeout(poll, 1000);
    }
  }

  function poll() {
    fetch(box.getAttribute('data-url'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(show)
      .catch(function () {
        var line = document.createElement('p');
        line.textContent = '진행 상황을 불러오지 못했습니다. 페이지를 새로 고쳐 주세요.';
        box.replaceChildren(line);
      });
  }

  window.setTimeout(poll, 1000);
})();
