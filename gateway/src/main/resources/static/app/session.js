// The signed-in caller: an access token kept for this tab only (sessionStorage), and its claims.
const KEY = 'roadmap.token';

export function token() {
  const value = sessionStorage.getItem(KEY);
  if (!value) return null;
  const c = decode(value);
  if (!c || (c.exp && c.exp * 1000 < Date.now())) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return value;
}

export function claims() {
  const value = token();
  return value ? decode(value) : null;
}

/** Keeps the token if it reads as a JWT; the gateway checks its signature on first use. */
export function remember(value) {
  const trimmed = value.trim().replace(/^Bearer\s+/i, '');
  if (!decode(trimmed)) return false;
  sessionStorage.setItem(KEY, trimmed);
  return true;
}

export function forget() {
  sessionStorage.removeItem(KEY);
}

/** Client credentials at the issuer (through the gateway): the user is the client, the secret its secret. */
export async function signIn(user, secret) {
  const basic = btoa(String.fromCharCode(...new TextEncoder().encode(`${encodeURIComponent(user)}:${encodeURIComponent(secret)}`)));
  const ask = scope => fetch('/oauth2/token', {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(scope ? { grant_type: 'client_credentials', scope } : { grant_type: 'client_credentials' })
  });
  // editors and admins may write; a reader's client is not allowed the write scope and gets the read scope only
  let response = await ask('roadmap.read roadmap.write');
  if (response.status === 400) response = await ask('roadmap.read');
  if (!response.ok) return false;
  const body = await response.json();
  return remember(body.access_token || '');
}

function decode(jwt) {
  const parts = jwt.split('.');
  if (parts.length !== 3) return null;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), ch => ch.charCodeAt(0));
    const payload = JSON.parse(new TextDecoder().decode(bytes));
    return typeof payload === 'object' && payload ? payload : null;
  } catch {
    return null;
  }
}
