// The staff dashboard: sign-in, then the overview, a commitment's page and the inbox, by URL fragment.
import { setLanguage, languages, t } from './i18n.js';
import { claims, forget, remember, signIn } from './session.js';
import { h } from './dom.js';
import { renderOverview } from './overview.js';

const main = document.getElementById('main');
const picker = document.getElementById('language');
let leaving = new AbortController();

function startLanguage() {
  const chosen = sessionStorage.getItem('roadmap.language');
  const claimed = claims()?.locale?.slice(0, 2);
  const browser = navigator.language.slice(0, 2);
  return [chosen, claimed, browser].find(l => languages.includes(l)) || 'en';
}

async function route() {
  leaving.abort();
  leaving = new AbortController();
  const me = claims();
  document.getElementById('nav').hidden = !me;
  document.getElementById('sign-out').hidden = !me;
  const who = document.getElementById('who');
  who.hidden = !me;
  who.textContent = me ? (me.name || me.sub) : '';
  if (!me) {
    renderSignIn();
    return;
  }
  const path = location.hash.replace(/^#/, '') || '/';
  const commitment = path.match(/^\/commitments\/([\w.-]+)$/);
  const signal = leaving.signal;
  if (commitment) {
    const { renderCommitment } = await import('./commitment.js');
    await renderCommitment(main, commitment[1], me, signal);
  } else if (path === '/inbox') {
    const { renderInboxPage } = await import('./inbox.js');
    await renderInboxPage(main, me, signal);
  } else {
    await renderOverview(main, me, signal);
  }
}

function renderSignIn(message) {
  const error = message ? h('p', { class: 'alert', role: 'alert' }, message) : null;
  const user = h('input', { type: 'text', id: 'user', name: 'user', autocomplete: 'username', required: true });
  const secret = h('input', { type: 'password', id: 'secret', name: 'secret', autocomplete: 'current-password', required: true });
  const pasted = h('textarea', { id: 'pasted-token', name: 'token', rows: 4, spellcheck: 'false', required: true });
  const form = h('form', { class: 'stack', id: 'sign-in-form', onsubmit: async event => {
    event.preventDefault();
    if (await signIn(user.value, secret.value)) return afterSignIn();
    renderSignIn(t('signInFailed'));
  } },
  h('div', {}, h('label', { for: 'user' }, t('user')), user),
  h('div', {}, h('label', { for: 'secret' }, t('secret')), secret),
  h('div', {}, h('button', { type: 'submit' }, t('signIn'))));
  const paste = h('form', { class: 'stack', id: 'paste-token-form', onsubmit: event => {
    event.preventDefault();
    if (remember(pasted.value)) return afterSignIn();
    renderSignIn(t('tokenInvalid'));
  } },
  h('div', {}, h('label', { for: 'pasted-token' }, t('token')), pasted),
  h('div', {}, h('button', { type: 'submit', class: 'secondary' }, t('useToken'))));
  main.replaceChildren(...[h('h1', {}, t('signInTitle')), error, form, h('h2', {}, t('orPaste')), paste].filter(Boolean));
  (message ? error : user).focus?.();
}

function afterSignIn() {
  sessionStorage.removeItem('roadmap.language');
  const lang = startLanguage();
  picker.value = lang;
  setLanguage(lang);
  route();
}

picker.addEventListener('change', () => {
  sessionStorage.setItem('roadmap.language', picker.value);
  setLanguage(picker.value);
  route();
});
document.getElementById('sign-out').addEventListener('click', () => {
  forget();
  location.hash = '#/';
  route();
});
window.addEventListener('session-ended', () => renderSignIn(t('sessionEnded')));
window.addEventListener('hashchange', () => {
  route().then(() => main.focus());
});

const lang = startLanguage();
picker.value = lang;
setLanguage(lang);
route();
