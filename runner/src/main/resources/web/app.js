// Loopback in the browser: small enhancements over server-rendered pages that work without JavaScript.
// - Exercise page: Submit shows each criterion as its tests finish (Server-Sent Events from /api/exercises/<id>/events,
//   polling /status where EventSource is missing or fails), then swaps in the report and chart the server rendered;
//   the Watch toggle regrades when the files on disk change (it polls a hash of the sources).
// - Quick check: one question at a time, every option explained after each answer; the whole form is posted at the end.
// - Lesson: a Run button under each runnable snippet shows its values (the same engine as `run 05 N`).
(function () {
  'use strict';
  if (!window.fetch) { return; }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function postJson(url, body) {
    return fetch(url, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body || {})
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) { throw new Error(json.error || ('HTTP ' + response.status)); }
        return json;
      });
    });
  }

  // ---- Exercise page: submit with live progress, watch toggle ----
  var form = document.getElementById('submit-form');
  if (form) {
    var exercise = form.getAttribute('data-exercise');
    var api = '/api/exercises/' + encodeURIComponent(exercise);
    var live = document.getElementById('live');
    var button = document.getElementById('submit');
    var busy = false;

    var addStep = function (event) {
      var item = el('li', {}, event.text);
      if (event.step === 'criterion') { item.className = event.passed === event.total ? 'pass' : 'fail'; }
      live.appendChild(item);
    };
    var showAll = function (status) {
      live.textContent = '';
      (status.events || []).forEach(addStep);
    };
    var poll = function () {
      return fetch(api + '/status', { credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (status) { showAll(status); return status; });
    };

    // Resolves once the live channel is ready: an event stream that is open, or polling.
    var follow = function () {
      return new Promise(function (ready) {
        var timer = null;
        var stop = function () { if (timer) { clearInterval(timer); timer = null; } };
        var polling = function () {
          timer = setInterval(function () { poll().catch(function () {}); }, 300);
          ready({ stop: stop, mode: 'polling' });
        };
        if (!window.EventSource) { polling(); return; }
        var source = new EventSource(api + '/events');
        var opened = false;
        source.onopen = function () {
          if (!opened) { opened = true; live.textContent = ''; ready({ stop: function () { source.close(); }, mode: 'events' }); }
        };
        source.onmessage = function (message) { addStep(JSON.parse(message.data)); };
        source.addEventListener('end', function () { source.close(); });
        source.onerror = function () {
          source.close();
          if (!opened) { opened = true; polling(); }
        };
      });
    };

    var submit = function (why) {
      if (busy) { return Promise.resolve(); }
      busy = true;
      button.disabled = true;
      live.textContent = '';
      live.appendChild(el('li', {}, why || 'Submitting...'));
      return follow().then(function (channel) {
        live.setAttribute('data-mode', channel.mode);
        return fetch(form.action, { method: 'POST', credentials: 'same-origin' })
          .then(function (response) { return response.text(); })
          .then(function (html) {
            channel.stop();
            var page = new DOMParser().parseFromString(html, 'text/html');
            ['report', 'history'].forEach(function (id) {
              var fresh = page.getElementById(id);
              if (fresh) { document.getElementById(id).innerHTML = fresh.innerHTML; }
            });
            var best = page.getElementById('best');
            if (best) { document.getElementById('best').textContent = best.textContent; }
            return poll();
          })
          .catch(function (error) {
            channel.stop();
            document.getElementById('report').textContent = 'The submit failed: ' + error;
          });
      }).then(function () { busy = false; button.disabled = false; });
    };

    form.addEventListener('submit', function (event) { event.preventDefault(); submit(); });

    // Watch: regrade whenever the hash of the files under src/main/java changes (each regrade is a submission).
    var watchBox = el('input', { type: 'checkbox', id: 'watch' });
    var watchLabel = el('label', { 'for': 'watch', 'class': 'watch' });
    watchLabel.appendChild(watchBox);
    watchLabel.appendChild(document.createTextNode(' Watch: regrade when I save my files'));
    var watchState = el('span', { id: 'watch-state', 'class': 'dim', 'aria-live': 'polite' });
    form.appendChild(watchLabel);
    form.appendChild(watchState);
    var known = null;
    var watchTimer = null;
    var sourcesHash = function () {
      return fetch(api + '/sources', { credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (json) { return json.hash; });
    };
    var check = function () {
      if (busy) { return; }
      sourcesHash().then(function (hash) {
        if (known !== null && hash !== known && !busy) {
          known = hash;
          watchState.textContent = ' Your files changed: regrading.';
          submit('Your files changed: regrading...').then(function () {
            watchState.textContent = ' Watching your files.';
          });
        } else {
          known = hash;
          watchLabel.setAttribute('data-ready', 'true');
        }
      }).catch(function () {});
    };
    watchBox.addEventListener('change', function () {
      if (watchBox.checked) {
        known = null;
        watchState.textContent = ' Watching your files.';
        check();
        watchTimer = setInterval(check, 1000);
      } else {
        clearInterval(watchTimer);
        watchState.textContent = ' Not watching.';
      }
    });
  }

  // ---- Quick check: one question at a time ----
  var quiz = document.getElementById('quiz');
  if (quiz) {
    var id = quiz.getAttribute('data-quiz');
    var questions = Array.prototype.slice.call(quiz.querySelectorAll('fieldset.question'));
    var status = document.getElementById('quiz-status');
    var finish = document.getElementById('quiz-submit');
    var current = 0;
    finish.hidden = true;
    var showQuestion = function (index) {
      questions.forEach(function (q, i) { q.hidden = i !== index; });
      status.textContent = 'Question ' + (index + 1) + ' of ' + questions.length;
      var first = questions[index].querySelector('input[type=radio]');
      if (first) { first.focus(); }
    };
    questions.forEach(function (fieldset, index) {
      var number = fieldset.getAttribute('data-number');
      var checkButton = el('button', { type: 'button', 'class': 'check', id: 'check-' + number }, 'Check this answer');
      var result = el('div', { 'class': 'explained', id: 'explained-' + number, 'aria-live': 'polite' });
      fieldset.appendChild(checkButton);
      fieldset.appendChild(result);
      checkButton.addEventListener('click', function () {
        var chosen = fieldset.querySelector('input[type=radio]:checked');
        if (!chosen) { result.textContent = 'Choose an answer first.'; return; }
        postJson('/api/quiz/' + encodeURIComponent(id) + '/check', { question: Number(number), answer: chosen.value })
          .then(function (answer) {
            result.textContent = '';
            result.appendChild(el('p', { 'class': answer.right ? 'pass verdict' : 'fail verdict' },
              answer.right ? 'Right.' : 'Not quite: the answer is ' + answer.correct + '.'));
            var list = el('ul');
            answer.options.forEach(function (option) {
              var item = el('li', { 'class': option.correct ? 'right-option' : '' });
              item.appendChild(el('strong', {}, option.letter + '. ' + option.text + (option.correct ? ' (right)' : ' (wrong)')
                + (option.letter === answer.answer ? ', your answer' : '')));
              item.appendChild(document.createTextNode(' ' + option.why));
              list.appendChild(item);
            });
            result.appendChild(list);
            if (answer.explanation) { result.appendChild(el('p', {}, answer.explanation)); }
            // The answer stands: keep it in a hidden field (disabled radios are not posted) and lock the choices.
            quiz.appendChild(el('input', { type: 'hidden', name: 'q' + number, value: chosen.value }));
            Array.prototype.forEach.call(fieldset.querySelectorAll('input[type=radio]'), function (radio) { radio.disabled = true; });
            checkButton.remove();
            var last = index === questions.length - 1;
            var next = el('button', { type: last ? 'submit' : 'button', 'class': 'next', id: last ? 'quiz-finish' : 'next-' + number },
              last ? 'See my score' : 'Next question');
            if (!last) {
              next.addEventListener('click', function () { current = index + 1; showQuestion(current); });
            }
            result.appendChild(next);
            next.focus();
          })
          .catch(function (error) { result.textContent = 'Could not check this answer: ' + error.message; });
      });
    });
    showQuestion(0);
  }

  // ---- Lesson: Run buttons on runnable snippets ----
  var lesson = document.querySelector('article.lesson[data-lesson]');
  if (lesson) {
    var number = lesson.getAttribute('data-lesson');
    Array.prototype.forEach.call(lesson.querySelectorAll('pre[data-run]'), function (pre) {
      var n = pre.getAttribute('data-run');
      var run = el('button', { type: 'button', 'class': 'run', id: 'run-' + n }, 'Run [run ' + n + ']');
      var out = el('pre', { 'class': 'run-output', id: 'run-output-' + n, 'aria-live': 'polite', hidden: '' });
      pre.insertAdjacentElement('afterend', out);
      pre.insertAdjacentElement('afterend', run);
      run.addEventListener('click', function () {
        run.disabled = true;
        out.hidden = false;
        out.className = 'run-output';
        out.textContent = 'Running...';
        postJson('/api/lessons/' + encodeURIComponent(number) + '/run/' + n)
          .then(function (result) {
            out.textContent = result.values + (result.ok ? '' : (result.values ? '\n' : '') + result.message);
            if (!result.ok) { out.className = 'run-output failed'; }
          })
          .catch(function (error) { out.className = 'run-output failed'; out.textContent = error.message; })
          .then(function () { run.disabled = false; });
      });
    });
  }
}());
