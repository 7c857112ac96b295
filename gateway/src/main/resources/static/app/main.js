// The staff dashboard: sign-in, then the overview, a commitment's page and the inbox, by URL fragment.
import { setLanguage, languages, t } from './i18n.js';
import { claims, forget, loadSession, signIn, signOut } from './session.js';
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
  const me = claims() || await loadSession();
  document.getElementById('nav').hidden = !me;
  document.getElementById('sign-out').hidden = !me;
  const who = document.getElementById('who');
  who.hidden = !me;
  who.textContent = me ? (me.name || me.sub) : '';
  if (!me) {
    renderSignIn(location.hash === '#/sign-in-failed' ? t('signInFailed') : undefined);
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
  const button = h('button', { type: 'button', id: 'sign-in', onclick: signIn }, t('signIn'));
  main.replaceChildren(...[h('h1', {}, t('signInTitle')), error, h('p', {}, t('signInHelp')), button].filter(Boolean));
  (message ? error : button).focus?.();
}

picker.addEventListener('change', () => {
  sessionStorage.setItem('roadmap.language', picker.value);
  setLanguage(picker.value);
  route();
});
document.getElementById('sign-out').addEventListener('click', () => {
  sessionStorage.removeItem('roadmap.language');
  forget();
  signOut();
});
window.addEventListener('session-ended', () => renderSignIn(t('sessionEnded')));
window.addEventListener('hashchange', () => {
  route().then(() => main.focus());
});

// who is signed in first, so the page starts in their language
loadSession().then(() => {
  if (location.hash === '#/sign-in-failed' && claims()) history.replaceState(null, '', '#/');
  const lang = startLanguage();
  picker.value = lang;
  setLanguage(lang);
  route();
});
