// Reader-page behaviour: text size, copying the article URL, KakaoTalk sharing, print and back.
// No inline handlers: everything is wired here, so a strict Content-Security-Policy can apply.
(function () {
  'use strict';

  var FONT_KEY = 'cjournal.fontLevel';
  var MIN_LEVEL = 1;
  var MAX_LEVEL = 7;
  var DEFAULT_LEVEL = 3;
  var KAKAO_SDK = 'https://t1.kakaocdn.net/kakao_js_sdk/2.7.4/kakao.min.js';
  var root = document.documentElement;

  function fontLevel() {
    var level = parseInt(root.getAttribute('data-font-level'), 10);
    return isNaN(level) ? DEFAULT_LEVEL : level;
  }

  function setFontLevel(level) {
    level = Math.max(MIN_LEVEL, Math.min(MAX_LEVEL, level));
    root.setAttribute('data-font-level', String(level));
    try {
      window.localStorage.setItem(FONT_KEY, String(level));
    } catch (e) {
      // Not remembered across pages then, but still applied to this one.
    }
    refreshFontButtons();
  }

  function refreshFontButtons() {
    var up = document.getElementById('font-up');
    var down = document.getElementById('font-down');
    if (up) up.disabled = fontLevel() >= MAX_LEVEL;
    if (down) down.disabled = fontLevel() <= MIN_LEVEL;
  }

  function on(id, handler) {
    var element = document.getElementById(id);
    if (element) element.addEventListener('click', handler);
  }

  var toastTimer;
  function announce(message) {
    var status = document.getElementById('copy-status');
    if (!status) return;
    status.textContent = message;
    status.hidden = false;
    window.clearTimeout(toastTimer);
    toastTimer = window.setTimeout(function () { status.hidden = true; }, 4000);
  }

  function copyWithSelection(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.top = '-1000px';
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (e) {
      copied = false;
    }
    document.body.removeChild(area);
    return copied;
  }

  function copyUrl(event) {
    var url = event.currentTarget.getAttribute('data-url');
    var done = function () { announce('기사 주소가 복사되었습니다.'); };
    var fallback = function () {
      if (copyWithSelection(url)) {
        done();
      } else {
        announce('주소를 복사하지 못했습니다. 이 주소를 직접 복사해 주세요: ' + url);
      }
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(done, fallback);
    } else {
      fallback();
    }
  }

  function loadKakao(callback) {
    if (window.Kakao) {
      callback();
      return;
    }
    var script = document.createElement('script');
    script.src = KAKAO_SDK;
    script.crossOrigin = 'anonymous';
    script.onload = callback;
    script.onerror = function () { announce('카카오톡 공유를 불러오지 못했습니다. 잠시 뒤 다시 시도해 주세요.'); };
    document.head.appendChild(script);
  }

  function shareKakao(event) {
    var button = event.currentTarget;
    loadKakao(function () {
      if (!window.Kakao.isInitialized()) window.Kakao.init(button.getAttribute('data-kakao-key'));
      var link = { mobileWebUrl: button.getAttribute('data-url'), webUrl: button.getAttribute('data-url') };
      window.Kakao.Share.sendDefault({
        objectType: 'feed',
        content: {
          title: button.getAttribute('data-title'),
          description: button.getAttribute('data-description'),
          imageUrl: button.getAttribute('data-image'),
          link: link
        },
        buttons: [{ title: '기사 보기', link: link }]
      });
    });
  }

  on('font-up', function () { setFontLevel(fontLevel() + 1); });
  on('font-down', function () { setFontLevel(fontLevel() - 1); });
  on('copy-url', copyUrl);
  on('share-kakao', shareKakao);
  on('print-now', function () { window.print(); });
  refreshFontButtons();

  document.querySelectorAll('[data-action="back"]').forEach(function (button) {
    button.addEventListener('click', function () {
      if (window.history.length > 1) {
        window.history.back();
      } else {
        window.location.href = '/';
      }
    });
  });
})();
