// Loopback in the browser: the exercise page's Submit shows each criterion as its tests finish (it polls the grade's
// status while the submit request runs), then swaps in the report the server rendered. Without JavaScript the form
// posts as usual and the report page comes back whole.
(function () {
  'use strict';
  var form = document.getElementById('submit-form');
  if (!form || !window.fetch) { return; }
  var exercise = form.getAttribute('data-exercise');
  var live = document.getElementById('live');
  var button = document.getElementById('submit');

  function show(status) {
    live.textContent = '';
    (status.events || []).forEach(function (event) {
      var item = document.createElement('li');
      item.textContent = event.text;
      if (event.step === 'criterion') { item.className = event.passed === event.total ? 'pass' : 'fail'; }
      live.appendChild(item);
    });
  }

  function poll() {
    return fetch('/api/exercises/' + encodeURIComponent(exercise) + '/status', { credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (status) { show(status); return status; });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    button.disabled = true;
    live.textContent = '';
    var live1 = document.createElement('li');
    live1.textContent = 'Submitting...';
    live.appendChild(live1);
    var done = false;
    var timer = setInterval(function () { if (!done) { poll().catch(function () {}); } }, 300);
    fetch(form.action, { method: 'POST', credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        done = true;
        clearInterval(timer);
        var page = new DOMParser().parseFromString(html, 'text/html');
        var report = page.getElementById('report');
        var best = page.getElementById('best');
        if (report) { document.getElementById('report').innerHTML = report.innerHTML; }
        if (best) { document.getElementById('best').textContent = best.textContent; }
        return poll();
      })
      .catch(function (error) {
        done = true;
        clearInterval(timer);
        document.getElementById('report').textContent = 'The submit failed: ' + error;
      })
      .then(function () { button.disabled = false; });
  });
}());
