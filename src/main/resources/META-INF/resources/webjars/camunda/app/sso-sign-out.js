/*
 * Single sign-on (docs/sign-in.md): in Tasklist, Cockpit, Admin and the welcome page, through their
 * customScripts (scripts/config.js). When the webapp signs a user out, or finds the session ended, it
 * shows Camunda's own password form. With single sign-on nobody signs in there: the browser is sent
 * on to sign out at the organisation's identity provider as well, and from there to a page that says
 * so and offers to sign in again. Without single sign-on (/sso/status answers 404) nothing changes.
 */

const WEBAPPS = document.querySelector('base').getAttribute('app-root');
// The webapps live at <context>/camunda; the application's own pages at <context>/.
const CONTEXT = WEBAPPS.replace(/\/camunda$/, '');

let singleSignOn = null;

function isSingleSignOn() {
  if (singleSignOn === null) {
    singleSignOn = fetch(`${CONTEXT}/sso/status`, { credentials: 'same-origin' })
      .then((response) => response.ok)
      .catch(() => false);
  }
  return singleSignOn;
}

function signOutAtTheProvider() {
  if (!window.location.hash.startsWith('#/login')) {
    return;
  }
  isSingleSignOn().then((on) => {
    if (!on) {
      return;
    }
    const form = document.createElement('form');
    form.method = 'post';
    form.action = `${CONTEXT}/sso/logout`;
    document.body.appendChild(form);
    form.submit();
  });
}

window.addEventListener('hashchange', signOutAtTheProvider);
signOutAtTheProvider();
