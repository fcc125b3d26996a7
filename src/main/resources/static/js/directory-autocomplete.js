// Name autocomplete for the directory's staff forms. An input with data-suggest="person" or
// "organization" asks /api/v1/directory/suggest as the editor types (prefix or 초성: ㅎㅇㅈㅈ),
// shows a list below it, and on a choice (click, or arrows and Enter) fills the hidden field named
// by data-suggest-id with the id. Typing again clears the id, so the server can tell a name that
// was chosen from one that was only typed. Loaded as a file: the Content-Security-Policy allows no
// inline script.
(function () {
  'use strict';

  var DELAY_MS = 150;

  function setUp(input) {
    var type = input.getAttribute('data-suggest');
    var hidden = document.getElementById(input.getAttribute('data-suggest-id'));
    var list = document.getElementById(input.getAttribute('aria-controls'));
    var items = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    function close() {
      list.hidden = true;
      list.innerHTML = '';
      items = [];
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(index) {
      active = index;
      items.forEach(function (item, i) {
        item.element.setAttribute('aria-selected', i === index ? 'true' : 'false');
        item.element.classList.toggle('active', i === index);
      });
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', items[index].element.id);
      }
    }

    function choose(index) {
      var chosen = items[index];
      if (!chosen) return;
      input.value = chosen.suggestion.name;
      hidden.value = String(chosen.suggestion.id);
      close();
    }

    function show(suggestions) {
      close();
      suggestions.filter(function (s) { return s.type === type; }).forEach(function (suggestion, i) {
        var li = document.createElement('li');
        li.id = list.id + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = suggestion.name;
        if (suggestion.description) {
          var note = document.createElement('span');
          note.className = 'suggest-note';
          note.textContent = ' ' + suggestion.description;
          li.appendChild(note);
        }
        li.addEventListener('mousedown', function (event) {
          event.preventDefault(); // keep the focus in the input
          choose(i);
        });
        list.appendChild(li);
        items.push({ element: li, suggestion: suggestion });
      });
      if (items.length > 0) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
    }

    function ask() {
      var typed = input.value.trim();
      if (typed === '') {
        close();
        return;
      }
      var ticket = ++asked;
      fetch('/api/v1/directory/suggest?q=' + encodeURIComponent(typed), {
        headers: { 'Accept': 'application/json' },
        credentials: 'same-origin'
      }).then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      }).then(function (body) {
        if (ticket === asked) show(body.suggestions || []);
      }).catch(close);
    }

    input.addEventListener('input', function () {
      hidden.value = '';
      clearTimeout(timer);
      timer = setTimeout(ask, DELAY_MS);
    });

    input.addEventListener('keydown', function (event) {
      if (list.hidden || items.length === 0) return;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        highlight((active + 1) % items.length);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        highlight(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === 'Enter') {
        event.preventDefault(); // choosing is not submitting
        choose(active >= 0 ? active : 0);
      } else if (event.key === 'Escape') {
        close();
      }
    });

    input.addEventListener('blur', function () {
      setTimeout(close, 100);
    });
  }

  document.querySelectorAll('input[data-suggest]').forEach(setUp);
})();
