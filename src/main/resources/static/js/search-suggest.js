// Suggestions under the reader's search boxes (input[data-search-suggest]): as the reader types,
// asks /search/suggest for names (people, companies) and headlines and shows them in the listbox
// named by aria-controls. Arrow keys move, Enter opens the chosen one (or submits the search when
// none is chosen), Escape closes. Loaded as a file: the Content-Security-Policy allows no inline
// script.
(function () {
  'use strict';

  var DELAY_MS = 150;
  var KINDS = { person: '인물', company: '기업', headline: '기사' };

  function setUp(input) {
    var list = document.getElementById(input.getAttribute('aria-controls'));
    if (!list) return;
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
      if (index >= 0) input.setAttribute('aria-activedescendant', items[index].element.id);
    }

    function go(index) {
      var chosen = items[index];
      if (chosen) window.location.assign(chosen.suggestion.url);
    }

    function show(suggestions) {
      close();
      suggestions.forEach(function (suggestion, i) {
        var li = document.createElement('li');
        li.id = list.id + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.className = 'suggestion suggestion-' + suggestion.kind;
        var kind = document.createElement('span');
        kind.className = 'suggestion-kind';
        kind.textContent = KINDS[suggestion.kind] || '';
        li.appendChild(kind);
        li.appendChild(document.createTextNode(' ' + suggestion.text));
        li.addEventListener('mousedown', function (event) {
          event.preventDefault(); // keep the focus in the input
          go(i);
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
      fetch('/search/suggest?q=' + encodeURIComponent(typed), { headers: { 'Accept': 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (body) { if (ticket === asked) show(body.suggestions || []); })
        .catch(close);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, DELAY_MS);
    });

    input.addEventListener('keydown', function (event) {
      if (list.hidden || items.length === 0) return;
      if (event.key === 'Escape') {
        event.preventDefault(); // close the list, keep what was typed (a search box would clear it)
        clearTimeout(timer);
        asked++; // an answer still on its way must not reopen the list
        close();
        return;
      }
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        highlight((active + 1) % items.length);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        highlight(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault(); // open the chosen suggestion instead of searching
        go(active);
      }
    });

    input.addEventListener('blur', function () {
      setTimeout(close, 150);
    });
  }

  document.querySelectorAll('input[data-search-suggest]').forEach(setUp);
})();
