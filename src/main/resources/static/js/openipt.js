// Progressive enhancement only: every flow works without this file.
(function () {
  'use strict';

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = {};
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  // htmx requests carry the CSRF token like forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var headers = csrfHeaders();
    Object.keys(headers).forEach(function (name) { event.detail.headers[name] = headers[name]; });
  });

  // A refused form (422) or a conflict (409) answers with the page and its messages: show it as a plain post would.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var status = event.detail.xhr.status;
    if (status === 422 || status === 409) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // The idle-timeout warning: shown shortly before the server ends the session; "stay signed in" touches it.
  function watchIdleTimeout() {
    var body = document.body;
    var timeout = parseInt(body.getAttribute('data-idle-timeout'), 10);
    var warning = parseInt(body.getAttribute('data-idle-warning'), 10);
    var panel = document.getElementById('idle-warning');
    var stay = document.getElementById('idle-stay');
    if (!timeout || !panel || !stay) {
      return;
    }
    var warnTimer, endTimer;
    function schedule() {
      clearTimeout(warnTimer);
      clearTimeout(endTimer);
      panel.hidden = true;
      warnTimer = setTimeout(function () {
        panel.hidden = false;
        stay.focus();
      }, Math.max(0, timeout - warning) * 1000);
      endTimer = setTimeout(function () {
        window.location.assign('/login?expired');
      }, timeout * 1000);
    }
    stay.addEventListener('click', function () {
      fetch('/session/keep-alive', { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin' })
        .then(function (response) {
          if (response.ok) { schedule(); } else { window.location.assign('/login?expired'); }
        });
    });
    document.addEventListener('htmx:afterRequest', schedule);
    schedule();
  }

  document.addEventListener('DOMContentLoaded', watchIdleTimeout);
})();
