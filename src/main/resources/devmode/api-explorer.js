// The dev environment's API explorer: signs in through the dev sign-in (POST /dev/token) and opens Swagger UI
// over the service's connector definition, already authorised with that token.
(function () {
  'use strict';
  var root = document.getElementById('swagger-ui');
  var role = (new URLSearchParams(window.location.search).get('role') || 'EDITOR').toUpperCase();
  var token = null;

  function start() {
    var ui = SwaggerUIBundle({
      url: root.dataset.definition,
      dom_id: '#swagger-ui',
      deepLinking: true,
      tryItOutEnabled: true,
      // The definition names the production host; the explorer calls this dev server, with the dev token.
      requestInterceptor: function (request) {
        var url = new URL(request.url, window.location.origin);
        if (url.pathname.indexOf('/api/') === 0) {
          request.url = window.location.origin + url.pathname + url.search;
          if (token) {
            request.headers.Authorization = 'Bearer ' + token;
          }
        }
        return request;
      },
      onComplete: function () {
        if (!token) {
          return;
        }
        // Shows the operations as signed in (the lock icons), as if the OAuth sign-in had run.
        var schemes = ui.specSelectors.securityDefinitions();
        if (schemes) {
          schemes.keySeq().forEach(function (name) {
            ui.authActions.authorizeOauth2({
              auth: { name: name, schema: schemes.get(name) },
              token: { access_token: token, token_type: 'Bearer' }
            });
          });
        }
      }
    });
    window.ui = ui;
  }

  fetch('/dev/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: role })
  }).then(function (response) {
    return response.ok ? response.json() : Promise.reject(new Error('dev sign-in answered ' + response.status));
  }).then(function (signIn) {
    token = signIn.accessToken;
    document.getElementById('signed-in').textContent = signIn.name + ' (' + signIn.role + ')';
  }).catch(function (error) {
    document.getElementById('signed-in').textContent = 'nobody: ' + error.message;
  }).then(start);
})();
