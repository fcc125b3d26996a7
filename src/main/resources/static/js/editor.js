// The article editor: length counters, Markdown toolbar, live preview, photo upload, saving while
// the writer types, and never losing their text: every change is also kept in this browser, and
// a save that fails (session expired, conflict, network) says so and leaves the text in place.
(function () {
  'use strict';

  var form = document.getElementById('article-form');
  if (!form) return;
  var articleId = form.getAttribute('data-article-id');
  var canEdit = form.getAttribute('data-can-edit') === 'true';
  var published = form.getAttribute('data-published') === 'true';
  var body = document.getElementById('body');
  var version = document.getElementById('version');
  var status = document.getElementById('save-status');
  var preview = document.getElementById('preview');
  var backupKey = 'cjournal.draft.' + articleId;
  var AUTOSAVE_MS = 20000;
  var dirty = false;
  var saving = null;
  // Where the writer's cursor last was: a dialog or a toolbar click may take the focus away.
  var caret = body.value.length;
  ['keyup', 'click', 'input', 'select'].forEach(function (type) {
    body.addEventListener(type, function () { caret = body.selectionEnd; });
  });

  var headers = window.Cjournal.csrfHeaders;

  function say(message, kind) {
    status.textContent = message;
    status.className = 'save-status ' + (kind || '');
  }

  function fields() {
    var data = new FormData(form);
    return {
      version: version.value,
      sectionId: data.get('sectionId'),
      headline: data.get('headline') || '',
      subtitle: data.get('subtitle') || '',
      body: data.get('body') || '',
      reporterIds: data.getAll('reporterIds'),
      tags: data.get('tags') || ''
    };
  }

  // Counters: characters typed against the limit.
  document.querySelectorAll('[data-counter]').forEach(function (input) {
    var counter = document.getElementById(input.getAttribute('data-counter'));
    var max = counter.getAttribute('data-max');
    var update = function () {
      counter.textContent = input.value.length + (input.tagName === 'TEXTAREA' ? '자' : ' / ' + max + '자');
      counter.classList.toggle('over', max && input.value.length > Number(max));
    };
    input.addEventListener('input', update);
    update();
  });

  // Toolbar: wraps the selection or inserts a block at the cursor.
  function surround(before, after, placeholder) {
    var start = body.selectionStart, end = body.selectionEnd;
    var selected = body.value.slice(start, end) || placeholder;
    body.setRangeText(before + selected + after, start, end, 'select');
    body.focus();
    changed();
  }

  function block(prefix, placeholder) {
    var start = body.selectionStart;
    var lineStart = body.value.lastIndexOf('\n', start - 1) + 1;
    var selected = body.value.slice(body.selectionStart, body.selectionEnd) || placeholder;
    var text = selected.split('\n').map(function (line) { return prefix + line; }).join('\n');
    body.setRangeText((lineStart === start ? '' : '\n\n') + text + '\n\n', start, body.selectionEnd, 'end');
    body.focus();
    changed();
  }

  var actions = {
    bold: function () { surround('**', '**', '굵은 글씨'); },
    italic: function () { surround('*', '*', '기울인 글씨'); },
    heading: function () { block('## ', '소제목'); },
    quote: function () { block('> ', '인용문'); },
    list: function () { block('- ', '항목'); },
    link: function () {
      var url = window.prompt('링크 주소(https://...)를 넣어 주세요.', 'https://');
      if (url && /^https?:\/\//.test(url)) surround('[', '](' + url + ')', '링크 글자');
    },
    photo: function () { document.getElementById('photo-file').click(); }
  };
  document.querySelectorAll('[data-md]').forEach(function (button) {
    button.disabled = !canEdit;
    button.addEventListener('click', function () { actions[button.getAttribute('data-md')](); });
  });

  // Photos: upload, ask for caption and credit, insert a photo line the renderer turns into a figure.
  var photoFile = document.getElementById('photo-file');
  var dialog = document.getElementById('photo-dialog');
  var uploaded = null;
  photoFile.addEventListener('change', function () {
    var file = photoFile.files[0];
    if (!file) return;
    var problem = window.Cjournal.photoProblem(file);
    if (problem) {
      say(problem, 'error');
      photoFile.value = '';
      return;
    }
    say('사진을 올리는 중입니다…');
    window.Cjournal.uploadPhoto(file)
      .then(function (result) {
        photoFile.value = '';
        if (!result.ok) {
          say(result.json.message || '사진을 올리지 못했습니다.', 'error');
          return;
        }
        uploaded = result.json;
        say('사진을 올렸습니다. 캡션을 적어 주세요.');
        document.getElementById('photo-preview-note').textContent = uploaded.width + '×' + uploaded.height + ' 사진';
        dialog.showModal();
      })
      .catch(function () { say('네트워크 문제로 사진을 올리지 못했습니다.', 'error'); });
  });
  dialog.addEventListener('close', function () {
    if (dialog.returnValue !== 'insert' || !uploaded) return;
    var clean = function (id) { return document.getElementById(id).value.replace(/["|\]\n]/g, ' ').trim(); };
    var caption = clean('photo-caption'), credit = clean('photo-credit'), alt = clean('photo-alt');
    var title = caption + (credit ? ' | ' + credit : '');
    var line = '![' + (alt || caption) + '](image:' + uploaded.id + ' "' + title + '")';
    var at = Math.min(caret, body.value.length);
    body.focus();
    body.setRangeText((at > 0 ? '\n\n' : '') + line + '\n\n', at, at, 'end');
    caret = body.selectionEnd;
    document.getElementById('photo-form').reset();
    uploaded = null;
    changed();
  });

  // Live preview, rendered by the server exactly as readers will get it.
  var previewTimer;
  function refreshPreview() {
    fetch('/newsroom/preview', { method: 'POST', headers: headers(true), credentials: 'same-origin',
      body: JSON.stringify({ markdown: body.value, headline: form.elements.headline.value,
        subtitle: form.elements.subtitle.value }) })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (json) { if (json) preview.innerHTML = json.html; })
      .catch(function () { /* the preview waits for the next change */ });
  }

  // Keeping and saving.
  function backup() {
    try {
      window.localStorage.setItem(backupKey, JSON.stringify({ at: new Date().toISOString(), fields: fields() }));
    } catch (e) { /* storage full or blocked: the server save still runs */ }
  }

  function changed() {
    dirty = true;
    backup();
    window.clearTimeout(previewTimer);
    previewTimer = window.setTimeout(refreshPreview, 600);
  }

  var sessionLost = false;

  // After the writer signed in again elsewhere, this page takes the new session's token.
  function refreshToken() {
    return fetch('/newsroom/csrf', { headers: { 'Accept': 'application/json' }, credentials: 'same-origin',
      redirect: 'manual' })
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        if (!response.ok || type.indexOf('application/json') < 0) return false;
        return response.json().then(function (json) {
          document.querySelector('meta[name="csrf-token"]').setAttribute('content', json.token);
          document.querySelectorAll('input[name="' + json.parameter + '"]').forEach(function (input) {
            input.value = json.token;
          });
          sessionLost = false;
          return true;
        });
      })
      .catch(function () { return false; });
  }

  function save(autosave) {
    if (!canEdit || published) return Promise.resolve(true);
    if (saving) return saving;
    if (sessionLost) {
      if (autosave) return Promise.resolve(false);
      saving = refreshToken().then(function (signedIn) {
        saving = null;
        if (signedIn) return send(false);
        say('아직 다시 로그인되지 않았습니다. 새 창에서 로그인한 뒤 이 화면에서 \'저장\'을 눌러 주세요. '
          + '글은 그대로 남아 있습니다.', 'error');
        return false;
      });
      return saving;
    }
    return send(autosave);
  }

  function send(autosave) {
    var sent = fields();
    sent.autosave = autosave;
    say(autosave ? '자동 저장 중…' : '저장 중…');
    saving = fetch('/newsroom/articles/' + articleId + '/draft', { method: 'POST', headers: headers(true),
      credentials: 'same-origin', redirect: 'manual', body: JSON.stringify(sent) })
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403
            || type.indexOf('application/json') < 0) {
          sessionLost = true;
          say('로그인이 만료되어 저장하지 못했습니다. 글은 이 화면과 이 브라우저에 그대로 남아 있습니다. '
            + '새 창에서 다시 로그인한 뒤 이 화면에서 \'저장\'을 눌러 주세요.', 'error');
          return false;
        }
        return response.json().then(function (json) {
          if (!response.ok) {
            say(json.message || '저장하지 못했습니다.', 'error');
            return false;
          }
          version.value = json.version;
          dirty = false;
          window.localStorage.removeItem(backupKey);
          say((autosave ? '자동 저장했습니다 ' : '저장했습니다 ') + json.savedAt, 'ok');
          return true;
        });
      })
      .catch(function () {
        say('네트워크 문제로 저장하지 못했습니다. 글은 그대로 있으니 잠시 뒤 다시 저장해 주세요.', 'error');
        return false;
      })
      .finally(function () { saving = null; });
    return saving;
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', function (event) {
    if (published) return; // a correction posts the form; the server keeps the text on refusal
    event.preventDefault();
    save(false);
  });
  // Workflow buttons act on the saved text: save first, go on only when that worked.
  document.querySelectorAll('.workflow-form').forEach(function (workflow) {
    workflow.addEventListener('submit', function (event) {
      if (!dirty) return;
      event.preventDefault();
      save(false).then(function (ok) { if (ok) workflow.submit(); });
    });
  });
  window.setInterval(function () { if (dirty) save(true); }, AUTOSAVE_MS);
  window.addEventListener('beforeunload', function (event) {
    if (dirty) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // A copy kept in this browser that is newer than the server's offers itself back.
  try {
    var kept = JSON.parse(window.localStorage.getItem(backupKey) || 'null');
    var savedAt = form.getAttribute('data-saved-at');
    if (kept && canEdit && (!savedAt || kept.at > savedAt) && kept.fields.body !== body.value) {
      var offer = document.createElement('p');
      offer.className = 'alert';
      offer.innerHTML = '이 브라우저에 저장되지 않은 글이 남아 있습니다. <button type="button" class="button secondary">되살리기</button>';
      offer.querySelector('button').addEventListener('click', function () {
        ['headline', 'subtitle', 'body', 'tags'].forEach(function (name) {
          form.elements[name].value = kept.fields[name] || '';
        });
        offer.remove();
        changed();
      });
      form.parentNode.insertBefore(offer, form);
    }
  } catch (e) { /* nothing kept */ }

  refreshPreview();
})();
