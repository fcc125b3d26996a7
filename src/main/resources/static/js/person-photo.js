// A person's photo on the directory editor: upload a file to the media library, which fills the
// photo number and shows the thumbnail, or take the photo away. Saving is still the form's own
// submit; without this script the editor types the number.
(function () {
  'use strict';

  var controls = document.querySelector('[data-photo-upload]');
  if (!controls) return;
  var file = document.getElementById('photo-file');
  var clear = document.getElementById('photo-clear');
  var status = document.getElementById('photo-status');
  var number = document.getElementById('photoImageId');
  var thumbnail = document.getElementById('photo-thumbnail');
  var none = document.getElementById('photo-none');
  controls.hidden = false;

  function say(message, error) {
    status.textContent = message;
    status.className = 'photo-status' + (error ? ' field-error' : ' hint');
  }

  function show(photo) {
    thumbnail.setAttribute('data-image-id', photo ? String(photo.id) : '');
    if (photo) {
      thumbnail.src = photo.url;
      thumbnail.srcset = photo.srcset || '';
      thumbnail.width = 120;
      thumbnail.height = Math.max(1, Math.round(120 * photo.height / Math.max(1, photo.width)));
    } else {
      thumbnail.removeAttribute('src');
      thumbnail.removeAttribute('srcset');
    }
    thumbnail.hidden = !photo;
    none.hidden = !!photo;
    clear.hidden = !photo;
  }

  file.addEventListener('change', function () {
    var chosen = file.files[0];
    if (!chosen) return;
    var problem = window.Cjournal.photoProblem(chosen);
    if (problem) {
      say(problem, true);
      file.value = '';
      return;
    }
    say('사진을 올리는 중입니다…');
    file.disabled = true;
    window.Cjournal.uploadPhoto(chosen)
      .then(function (result) {
        if (!result.ok) {
          say(result.json.message || '사진을 올리지 못했습니다.', true);
          return;
        }
        number.value = String(result.json.id);
        show(result.json);
        say('사진을 올렸습니다(' + result.json.width + '×' + result.json.height + '). 저장을 눌러야 인물 정보에 반영됩니다.');
      })
      .catch(function () { say('네트워크 문제로 사진을 올리지 못했습니다. 다시 올려 주세요.', true); })
      .then(function () {
        file.disabled = false;
        file.value = '';
      });
  });

  clear.addEventListener('click', function () {
    number.value = '';
    show(null);
    say('사진을 뺐습니다. 저장을 눌러야 인물 정보에 반영됩니다.');
  });

  // A number typed by hand is only checked on saving: hide the thumbnail rather than show the wrong face.
  number.addEventListener('input', function () {
    var same = thumbnail.hasAttribute('src') && number.value.trim() === thumbnail.getAttribute('data-image-id');
    thumbnail.hidden = !same;
    none.hidden = same || number.value.trim() !== '';
    clear.hidden = number.value.trim() === '';
    say(same ? '' : number.value.trim() === '' ? '번호를 지웠습니다. 저장하면 사진 없이 보입니다.'
      : '번호를 바꿨습니다. 저장하면 그 번호의 사진이 보입니다.');
  });
})();
