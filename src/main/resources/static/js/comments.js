// The comment area: loads it into the article page's #comments shell, counts the box's bytes as
// the server does (ASCII 1, any other character 2, on the NFC text) and sends its forms with
// fetch so the page stays put. Without this script every form still posts and redirects back.
(function () {
  'use strict';

  var MAX_BYTES = 400;

  function bytes(text) {
    var n = 0;
    var normal = text.normalize ? text.normalize('NFC') : text;
    for (var ch of normal) {
      n += ch.codePointAt(0) < 0x80 ? 1 : 2;
    }
    return n;
  }

  function container() {
    return document.getElementById('comments');
  }

  function area() {
    var box = container();
    return box ? box.querySelector('.comment-area') : null;
  }

  function count(textarea) {
    var form = textarea.form;
    var n = bytes(textarea.value);
    var counter = form.querySelector('.byte-counter');
    var number = form.querySelector('.byte-count');
    var button = form.querySelector('button[type=submit]');
    if (number) {
      number.textContent = String(n);
    }
    if (counter) {
      counter.classList.toggle('over', n > MAX_BYTES);
    }
    if (button) {
      button.disabled = n > MAX_BYTES;
    }
  }

  function csrf(form) {
    var field = form.querySelector('input[name=_csrf]');
    if (field) {
      return field.value;
    }
    var meta = document.querySelector('meta[name=csrf-token]');
    return meta ? meta.getAttribute('content') : '';
  }

  function showError(form, message) {
    var place = form.querySelector('.form-error');
    if (!place) {
      place = document.createElement('p');
      place.className = 'form-error';
      place.setAttribute('role', 'alert');
      form.appendChild(place);
    }
    place.textContent = message;
    place.hidden = false;
  }

  function showNotice(message) {
    var current = area();
    var status = current ? current.querySelector('.comment-status') : null;
    if (status && message) {
      status.textContent = message;
      status.hidden = false;
    }
  }

  function load(url, notice, focusId) {
    var box = container();
    if (!box || !url) {
      return Promise.resolve();
    }
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' }, cache: 'no-cache' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (html) {
        box.innerHTML = html;
        init();
        showNotice(notice);
        if (focusId) {
          var target = document.getElementById(focusId);
          if (target) {
            target.scrollIntoView({ block: 'center' });
          }
        }
      })
      .catch(function () {
        var failed = box.querySelector('.comments-failed');
        if (!failed) {
          failed = document.createElement('p');
          failed.className = 'comments-failed';
          failed.setAttribute('role', 'alert');
          box.appendChild(failed);
        }
        failed.textContent = '댓글을 불러오지 못했습니다. 잠시 뒤 다시 시도해 주세요.';
      });
  }

  function submit(event) {
    var form = event.target;
    if (!form.matches('form[data-enhance]')) {
      return;
    }
    event.preventDefault();
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      return;
    }
    var button = form.querySelector('button[type=submit]');
    if (button) {
      button.disabled = true;
    }
    var body = new URLSearchParams(new FormData(form));
    fetch(form.action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-CSRF-TOKEN': csrf(form) },
      body: body
    })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          return { status: response.status, ok: response.ok, json: json };
        });
      })
      .then(function (answer) {
        if (answer.status === 401) {
          var current = area();
          window.location.assign(current ? current.getAttribute('data-login') : '/login');
          return;
        }
        if (!answer.ok) {
          if (button) {
            button.disabled = false;
          }
          showError(form, answer.json.error || '요청을 처리하지 못했습니다. 잠시 뒤 다시 시도해 주세요.');
          return;
        }
        var current = area();
        var focus = answer.json.id ? 'comment-' + answer.json.id : null;
        return load(current ? current.getAttribute('data-fragment') : null, answer.json.message, focus);
      })
      .catch(function () {
        if (button) {
          button.disabled = false;
        }
        showError(form, '요청을 보내지 못했습니다. 인터넷 연결을 확인해 주세요.');
      });
  }

  function click(event) {
    var link = event.target.closest ? event.target.closest('a[data-fragment-link]') : null;
    var box = container();
    // Only where the area was loaded into the article page; the comment page itself just navigates.
    if (!link || !box || !box.hasAttribute('data-fragment')) {
      return;
    }
    event.preventDefault();
    load(link.getAttribute('data-fragment-link'), null, 'comment-area');
  }

  function init() {
    var current = area();
    if (!current) {
      return;
    }
    current.querySelectorAll('textarea[data-bytes]').forEach(function (textarea) {
      count(textarea);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var box = container();
    if (!box) {
      return;
    }
    ['input', 'change'].forEach(function (type) {
      box.addEventListener(type, function (event) {
        if (event.target.matches('textarea[data-bytes]')) {
          count(event.target);
        }
      });
    });
    box.addEventListener('submit', submit);
    box.addEventListener('click', click);
    if (area()) {
      init();
    } else {
      load(box.getAttribute('data-fragment'));
    }
  });
})();
