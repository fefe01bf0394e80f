/**
 * The page a browser gets at /graphql: a small query runner served by the API itself, so that nothing is
 * fetched from a CDN (Apollo's and GraphiQL's landing pages load their code from one, which an offline or
 * proxied site cannot reach). Its script is a separate file, so the page keeps the app's strict content
 * security policy (no inline script).
 */
export const EXPLORER_SCRIPT_PATH = '/graphql/explorer.js';

export const EXPLORER_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Schakel GraphQL</title>
<link rel="stylesheet" href="/graphql/explorer.css">
<link rel="icon" href="data:,">
</head>
<body>
<header>
  <h1>Schakel GraphQL</h1>
  <p>Send a query or mutation to this endpoint. You act as the person signed in to <a href="/">the web app</a>
  in this browser, or as the holder of the token below. The operations, with examples, are in docs/api.md.</p>
</header>
<main>
  <form id="run" aria-describedby="how">
    <p id="how">Ctrl+Enter runs the query.</p>
    <label for="query">Query</label>
    <textarea id="query" rows="14" spellcheck="false">query Me {
  me { name role email }
}</textarea>
    <label for="variables">Variables (JSON)</label>
    <textarea id="variables" rows="4" spellcheck="false">{}</textarea>
    <label for="token">Bearer token (optional; kept in this tab only)</label>
    <input id="token" type="password" autocomplete="off">
    <button type="submit">Run</button>
  </form>
  <section aria-labelledby="answer-title">
    <h2 id="answer-title">Answer</h2>
    <p id="status" role="status"></p>
    <pre id="answer" tabindex="0"></pre>
  </section>
  <section aria-labelledby="fields-title">
    <h2 id="fields-title">Operations</h2>
    <p id="fields-note">Loading the schema…</p>
    <ul id="fields"></ul>
  </section>
</main>
<script src="${EXPLORER_SCRIPT_PATH}"></script>
</body>
</html>
`;

export const EXPLORER_CSS = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1d2430; background: #f6f7f9; }
header, main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem; }
header { border-bottom: 1px solid #d5dae1; }
h1 { font-size: 1.4rem; margin: 0.4rem 0; }
h2 { font-size: 1.1rem; }
main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5rem; }
main > section:last-child { grid-column: 1 / -1; }
label { display: block; font-weight: 600; margin: 0.8rem 0 0.3rem; }
textarea, input, pre { width: 100%; box-sizing: border-box; font: 13px/1.4 ui-monospace, monospace; border: 1px solid #9aa5b4; border-radius: 4px; padding: 0.5rem; background: #fff; }
pre { min-height: 18rem; margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
button { margin-top: 0.8rem; padding: 0.5rem 1.4rem; font: inherit; font-weight: 600; color: #fff; background: #1f5f99; border: 0; border-radius: 4px; cursor: pointer; }
button:focus-visible, textarea:focus-visible, input:focus-visible, pre:focus-visible { outline: 3px solid #f2a900; outline-offset: 1px; }
#fields { columns: 3 16rem; padding-left: 1.2rem; }
#fields button { margin: 0.1rem 0; padding: 0; color: #1f5f99; background: none; font: 13px ui-monospace, monospace; text-decoration: underline; }
.error { color: #a4161a; }
@media (max-width: 48rem) { main { grid-template-columns: 1fr; } }
`;

/** Plain browser script (no build step): runs the form, lists the root fields when introspection is on. */
export const EXPLORER_SCRIPT = `'use strict';
(function () {
  var byId = function (id) { return document.getElementById(id); };
  var token = byId('token');
  token.value = sessionStorage.getItem('schakel.explorer.token') || '';
  token.addEventListener('change', function () { sessionStorage.setItem('schakel.explorer.token', token.value.trim()); });

  function post(body) {
    var headers = { 'content-type': 'application/json', 'x-schakel-csrf': '1' };
    if (token.value.trim()) headers.authorization = 'Bearer ' + token.value.trim();
    return fetch('/graphql', { method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify(body) })
      .then(function (response) { return response.text().then(function (text) { return { status: response.status, text: text }; }); });
  }

  function run(event) {
    if (event) event.preventDefault();
    var status = byId('status'), answer = byId('answer');
    var variables;
    try { variables = JSON.parse(byId('variables').value || '{}'); }
    catch (e) { status.textContent = 'The variables are not valid JSON: ' + e.message; status.className = 'error'; return; }
    status.textContent = 'Running…'; status.className = '';
    post({ query: byId('query').value, variables: variables }).then(function (result) {
      var shown = result.text;
      try { shown = JSON.stringify(JSON.parse(result.text), null, 2); } catch (e) { /* not JSON: show as sent */ }
      answer.textContent = shown;
      status.textContent = 'HTTP ' + result.status;
      status.className = result.status === 200 ? '' : 'error';
    }, function (error) { status.textContent = 'No answer: ' + error.message; status.className = 'error'; });
  }
  byId('run').addEventListener('submit', run);
  byId('query').addEventListener('keydown', function (event) { if (event.key === 'Enter' && event.ctrlKey) run(event); });

  var INTROSPECT = '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }';
  post({ query: INTROSPECT }).then(function (result) {
    var note = byId('fields-note'), list = byId('fields');
    var schema;
    try { schema = JSON.parse(result.text).data.__schema; } catch (e) { schema = null; }
    if (!schema) { note.textContent = 'This server does not describe its schema (introspection is off in production); see docs/api.md.'; return; }
    note.textContent = 'Choose one to start a query with its name.';
    [['query', schema.queryType], ['mutation', schema.mutationType]].forEach(function (pair) {
      if (!pair[1]) return;
      pair[1].fields.map(function (f) { return f.name; }).sort().forEach(function (name) {
        var item = document.createElement('li'), button = document.createElement('button');
        button.type = 'button';
        button.textContent = pair[0] + ' ' + name;
        button.addEventListener('click', function () { byId('query').value = pair[0] + ' {\\n  ' + name + '\\n}\\n'; byId('query').focus(); });
        item.appendChild(button);
        list.appendChild(item);
      });
    });
  });
})();
`;
