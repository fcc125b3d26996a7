// Who is signed in, in the header of reader pages. The pages are cached and carry no session, so
// this asks /account/status (never cached) and fills #reader-status: the nickname and 로그아웃 for
// a signed-in reader, else 로그인 · 회원가입 (already there without JavaScript) with the way back.
(function () {
  'use strict';

  var slot = document.getElementById('reader-status');
  if (!slot || !window.fetch) {
    return;
  }

  function link(href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  function here() {
    return window.location.pathname + window.location.search;
  }

  function signedOut() {
    var login = slot.querySelector('a[href="/login"]');
    if (login && here() !== '/') {
      login.href = '/login?next=' + encodeURIComponent(here());
    }
  }

  function signedIn(status) {
    var logout = document.createElement('form');
    logout.method = 'post';
    logout.action = '/logout';
    if (status.csrf) {
      var token = document.createElement('input');
      token.type = 'hidden';
      token.name = status.csrf.parameter;
      token.value = status.csrf.token;
      logout.appendChild(token);
    }
    var button = document.createElement('button');
    button.type = 'submit';
    button.textContent = '로그아웃';
    logout.appendChild(button);
    var me = link(status.account || '/account', status.nickname);
    me.className = 'reader-name';
    slot.textContent = '';
    slot.appendChild(me);
    slot.appendChild(document.createTextNode(' · '));
    slot.appendChild(logout);
    slot.classList.add('signed-in');
  }

  fetch('/account/status', { credentials: 'same-origin', headers: { Accept: 'application/json' }, cache: 'no-store' })
    .then(function (response) { return response.ok ? response.json() : { signedIn: false }; })
    .then(function (status) {
      if (status && status.signedIn && status.nickname) {
        signedIn(status);
      } else {
        signedOut();
      }
    })
    .catch(signedOut);
}());
