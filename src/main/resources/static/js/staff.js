// What the staff pages' scripts share (loaded before them): the headers that let a request from
// this page through (JSON answers, the session's CSRF token from the page's meta tags, read at
// each call so a refreshed token is used), and uploading a photo to the media library.
(function () {
  'use strict';

  var MAX_PHOTO_BYTES = 20 * 1024 * 1024;

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  function csrfHeaders(json) {
    var result = { 'Accept': 'application/json' };
    if (json) result['Content-Type'] = 'application/json';
    var header = meta('csrf-header');
    if (header) result[header] = meta('csrf-token');
    return result;
  }

  // Why a file will not be taken, or null. The server refuses it too, but a browser may only see
  // a dropped connection for a big upload.
  function photoProblem(file) {
    return file.size > MAX_PHOTO_BYTES
      ? '사진 파일은 20MB까지 올릴 수 있습니다. 이 파일은 ' + Math.round(file.size / 1048576) + 'MB입니다.'
      : null;
  }

  // Resolves to { ok, json }: the new photo, or the server's refusal with its message. Rejects
  // only when the network failed.
  function uploadPhoto(file) {
    var data = new FormData();
    data.append('file', file);
    return fetch('/newsroom/media', { method: 'POST', headers: csrfHeaders(false), body: data, credentials: 'same-origin' })
      .then(function (response) {
        return response.json()
          .catch(function () { return { message: '사진을 올리지 못했습니다. 로그인이 만료되었는지 확인해 주세요.' }; })
          .then(function (json) { return { ok: response.ok, json: json }; });
      });
  }

  window.Cjournal = { csrfHeaders: csrfHeaders, photoProblem: photoProblem, uploadPhoto: uploadPhoto };
})();
