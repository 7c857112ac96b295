// The caller's notification inbox, kept live by the inbox stream.
import { t } from './i18n.js';
import { get, post, stream } from './api.js';
import { announce, h } from './dom.js';
import { dateTime, zoneOf } from './format.js';

/** A card for the overview; fills itself in so the rest of the overview need not wait. */
export function inboxCard(me, signal) {
  const card = h('section', { class: 'card', 'aria-labelledby': 'inbox-title', id: 'inbox' },
    h('h2', { id: 'inbox-title' }, t('inboxTitle')), h('p', { class: 'muted' }, t('loading')));
  fill(card, me, signal, 10);
  return card;
}

export async function renderInboxPage(main, me, signal) {
  const card = h('section', { class: 'card', 'aria-labelledby': 'inbox-title', id: 'inbox' },
    h('h1', { id: 'inbox-title' }, t('inboxTitle')));
  main.replaceChildren(card);
  await fill(card, me, signal, 100);
}

async function fill(card, me, signal, limit) {
  const zone = zoneOf(me);
  const items = await get(`/api/v1/inbox?limit=${limit}`, { signal }).catch(() => null);
  const heading = card.firstChild;
  if (!items || !items.ok || !Array.isArray(items.body)) {
    // 404: signed in, but nobody has registered this user as a recipient yet
    const note = items && items.status === 404 ? 'inboxNoRecipient' : 'inboxUnavailable';
    card.replaceChildren(heading, h('p', { class: 'muted', id: 'inbox-unavailable' }, t(note)));
    showUnread(null);
    return;
  }
  const list = h('ul', { class: 'plain', id: 'inbox-items' });
  const add = (item, atTop) => {
    const entry = h('li', { class: item.readAt ? '' : 'unread', 'data-id': item.id },
      h('div', {}, item.aboutId ? h('a', { href: `#/commitments/${item.aboutId}` }, item.subject) : item.subject),
      h('div', { class: 'counts' }, dateTime(item.createdAt, zone)),
      item.readAt ? null : h('button', { type: 'button', class: 'secondary', onclick: async () => {
        const done = await post(`/api/v1/inbox/items/${encodeURIComponent(item.id)}/read`);
        if (done.ok) {
          entry.className = '';
          entry.querySelector('button')?.remove();
          refreshUnread(signal);
        }
      } }, t('markRead')));
    atTop ? list.prepend(entry) : list.append(entry);
  };
  items.body.forEach(item => add(item, false));
  card.replaceChildren(heading, items.body.length ? list : h('p', { class: 'muted', id: 'inbox-empty' }, t('none')));
  refreshUnread(signal);
  follow(item => {
    card.querySelector('#inbox-empty')?.replaceWith(list);
    add(item, true);
    announce(t('newNotification', { subject: item.subject }));
    refreshUnread(signal);
  }, signal);
}

async function refreshUnread(signal) {
  const count = await get('/api/v1/inbox/unread-count', { signal }).catch(() => null);
  showUnread(count && count.ok ? count.body.unread : null);
}

function showUnread(n) {
  const badge = document.getElementById('unread');
  badge.hidden = !n;
  badge.textContent = n ? t('unreadCount', { n }) : '';
}

/**
 * Reads the stream until the page changes; reconnects after a pause when the stream ends or breaks,
 * asking for what came meanwhile (the last item's id), whichever replica it reconnects to.
 */
async function follow(onItem, signal) {
  let pause = 1000;
  let lastId = null;
  while (!signal.aborted) {
    let status;
    try {
      status = await stream('/api/v1/inbox/stream', message => {
        if (message.id) lastId = message.id;
        if (message.event === 'notification') onItem(JSON.parse(message.data));
      }, signal, lastId);
    } catch {
      status = 0;
    }
    if (signal.aborted || status === 401 || status === 403 || status === 404) return;
    await new Promise(resolve => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, 30000);
  }
}
