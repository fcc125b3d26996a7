// 기사 속 인물: the people the headline and body name, found by POST /api/v1/people/recognize.
// Known people link to their page; a new name can be added to the directory in one click
// (인물 등록) or attached to someone already there (기존 인물에 연결, with name autocomplete).
(function () {
  'use strict';

  var panel = document.getElementById('people-panel');
  var form = document.getElementById('article-form');
  if (!panel || !form) return;
  var list = document.getElementById('people-list');
  var status = document.getElementById('people-status');
  var findButton = document.getElementById('people-find');
  var headline = document.getElementById('headline');
  var body = document.getElementById('body');
  var AFTER_TYPING_MS = 2000;
  var timer = null;
  var running = 0;
  var shown = null;
  // After a 429 the server said when to ask again: until then no request is sent, the list stays.
  var pausedUntil = 0;

  function say(message) {
    status.textContent = message;
  }

  function post(url, data) {
    return fetch(url, { method: 'POST', headers: window.Cjournal.csrfHeaders(true), credentials: 'same-origin', body: JSON.stringify(data) })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (!response.ok) {
            // 401: the session ended (the API's own wording speaks of tokens, which a writer never uses here).
            var error = new Error(response.status === 401 ? '로그인이 만료되었습니다. 다시 로그인한 뒤 이어서 해 주세요.'
              : json.message || '요청을 처리하지 못했습니다. (' + response.status + ')');
            error.status = response.status;
            error.retryAfter = parseInt(response.headers.get('Retry-After'), 10) || 60;
            throw error;
          }
          return json;
        });
      });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function role(mention) {
    return [mention.organization, mention.title].filter(Boolean).join(' ');
  }

  // Finds again once typing has stopped, or once the pause a 429 asked for is over.
  function later() {
    clearTimeout(timer);
    timer = setTimeout(find, Math.max(AFTER_TYPING_MS, pausedUntil - Date.now()));
  }

  function find() {
    if (Date.now() < pausedUntil) {
      later();
      return;
    }
    var text = (headline ? headline.value : '') + '\n\n' + body.value;
    var ticket = ++running;
    say('인물을 찾는 중입니다…');
    post('/api/v1/people/recognize', { text: text })
      .then(function (answer) {
        if (ticket !== running) return;
        show(answer.mentions || []);
      })
      .catch(function (error) {
        if (error.status === 429) {
          // Too many finds: keep the list as it is, say so once, and find again when allowed.
          pausedUntil = Date.now() + error.retryAfter * 1000;
          if (ticket === running) say('인물 찾기를 잠시 쉽니다. ' + error.retryAfter + '초 뒤에 다시 찾습니다.');
          later();
          return;
        }
        if (ticket === running) say(error.message);
      });
  }

  function show(mentions) {
    if (mentions.length === 0) {
      say('찾은 인물이 없습니다. 이름 소속 직함(예: 홍길동 한빛전자 사장) 꼴로 쓰면 찾습니다.');
    } else {
      var known = mentions.filter(function (m) { return m.personId !== null; }).length;
      say('인물 ' + mentions.length + '명을 찾았습니다. 인물 사전에 있는 사람 ' + known + '명, 새 이름 '
        + (mentions.length - known) + '명.');
    }
    // The same answer again (a find after typing that changed no name) keeps the list as it is,
    // with any 기존 인물에 연결 box the writer has open.
    var answer = JSON.stringify(mentions);
    if (answer === shown) return;
    shown = answer;
    list.textContent = '';
    mentions.forEach(function (mention) { list.appendChild(item(mention)); });
  }

  function item(mention) {
    var li = element('li', 'person-mention');
    li.setAttribute('data-name', mention.name);
    li.appendChild(element('span', 'person-name', mention.name));
    if (role(mention)) li.appendChild(element('span', 'person-role', role(mention)));
    if (mention.personId !== null) {
      li.appendChild(element('span', 'person-badge', '인물 사전'));
      var link = element('a', 'person-page', '인물 페이지');
      link.href = '/people/' + mention.personId;
      link.target = '_blank';
      link.rel = 'noopener';
      li.appendChild(link);
      return li;
    }
    li.appendChild(element('span', 'person-badge new', '새 이름'));
    var create = element('button', 'button small person-create', '인물 등록');
    create.type = 'button';
    create.addEventListener('click', function () { register(mention, create); });
    var attach = element('button', 'button secondary small person-attach', '기존 인물에 연결');
    attach.type = 'button';
    attach.addEventListener('click', function () { chooser(li, mention, attach); });
    li.appendChild(create);
    li.appendChild(attach);
    return li;
  }

  function withPosition(mention, data) {
    if (mention.organization && mention.title) {
      data.organization = mention.organization;
      data.title = mention.title;
    }
    return data;
  }

  function register(mention, button) {
    button.disabled = true;
    post('/api/v1/people', withPosition(mention, { name: mention.name }))
      .then(function () {
        say(mention.name + ' 님을 인물 사전에 등록했습니다.');
        find();
      })
      .catch(function (error) {
        button.disabled = false;
        say(error.message);
      });
  }

  function chooser(li, mention, button) {
    button.disabled = true;
    var box = element('div', 'people-link');
    var label = element('label', null, '연결할 인물');
    var input = element('input');
    input.type = 'search';
    input.id = 'people-link-' + Math.random().toString(36).slice(2);
    input.value = mention.name;
    input.setAttribute('autocomplete', 'off');
    label.htmlFor = input.id;
    var choices = element('ul');
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(choices);
    li.appendChild(box);
    var pending = null;
    function suggest() {
      var q = input.value.trim();
      if (!q) { choices.textContent = ''; return; }
      fetch('/api/v1/directory/suggest?q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' },
        credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          choices.textContent = '';
          (answer.suggestions || []).filter(function (s) { return s.type === 'person'; }).forEach(function (s) {
            var choice = element('button', 'button secondary small person-choice',
              s.name + (s.description ? ' (' + s.description + ')' : ''));
            choice.type = 'button';
            choice.addEventListener('click', function () { link(mention, s); });
            var entry = element('li');
            entry.appendChild(choice);
            choices.appendChild(entry);
          });
          if (!choices.firstChild) choices.appendChild(element('li', 'hint', '맞는 인물이 없습니다.'));
        })
        .catch(function () { say('인물 목록을 불러오지 못했습니다.'); });
    }
    input.addEventListener('input', function () {
      clearTimeout(pending);
      pending = setTimeout(suggest, 200);
    });
    input.focus();
    suggest();
  }

  function link(mention, person) {
    post('/api/v1/people/' + person.id + '/positions', withPosition(mention, { name: mention.name }))
      .then(function () {
        say(mention.name + ' 님을 ' + person.name + ' 님에게 연결했습니다.');
        find();
      })
      .catch(function (error) { say(error.message); });
  }

  findButton.addEventListener('click', find);
  [headline, body].forEach(function (field) {
    if (!field) return;
    field.addEventListener('input', later);
  });
})();
