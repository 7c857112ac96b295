// The signed-in person. The browser holds no token: the gateway keeps it in its session (an HttpOnly
// cookie) and tells who is signed in at /session. Changes carry the CSRF token from the XSRF-TOKEN cookie.
let current = null;

/** Asks the gateway who is signed in; null when nobody is. */
export async function loadSession() {
  try {
    const response = await fetch('/session', { headers: { Accept: 'application/json' } });
    current = response.ok ? await response.json() : null;
  } catch {
    current = null;
  }
  return current;
}

export function claims() {
  return current;
}

export function forget() {
  current = null;
}

/** The issuer's sign-in page (user name and password), by way of the gateway, which starts the authorization code with PKCE. */
export function signIn() {
  location.assign('/oauth2/authorization/roadmap');
}

/** Ends the gateway's session, then the issuer's: a form post, since the answer is a redirect to the issuer. */
export function signOut() {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/logout';
  const csrf = document.createElement('input');
  csrf.type = 'hidden';
  csrf.name = '_csrf';
  csrf.value = csrfToken() || '';
  form.append(csrf);
  document.body.append(form);
  form.submit();
}

/** The header Spring Security expects on a session's changes. */
export function csrfHeaders() {
  const value = csrfToken();
  return value ? { 'X-XSRF-TOKEN': value } : {};
}

function csrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : null;
}
