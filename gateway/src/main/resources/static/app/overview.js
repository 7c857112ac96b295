// The overview: progress per pillar, overdue and at-risk commitments, upcoming meetings, the inbox.
import { t } from './i18n.js';
import { get, ROAD_MAP } from './api.js';
import { h } from './dom.js';
import { date, dateTime, dayShift, percent, zoneOf, TOKYO, LIMA } from './format.js';
import { inboxCard } from './inbox.js';

export async function renderOverview(main, me, signal) {
  const today = new Date().toISOString().slice(0, 10);
  const inTwoYears = new Date(Date.now() + 731 * 864e5).toISOString().slice(0, 10);
  const zone = zoneOf(me);
  const list = query => get(`/api/v1/commitments?roadMapId=${ROAD_MAP}&size=50&${query}`, { signal });
  const [progress, overdue, atRisk, offTrack, meetings] = await Promise.all([
    get(`/api/v1/road-maps/${ROAD_MAP}/progress`, { signal }),
    list('overdue=true&sort=deadline'),
    list('health=at-risk&sort=deadline'),
    list('health=off-track&sort=deadline'),
    get(`/api/v1/meetings?from=${today}&to=${inTwoYears}&tz=${encodeURIComponent(zone)}`, { signal })
  ]);
  const troubled = [offTrack, atRisk].flatMap(r => (r.ok ? r.body.content : []));
  main.replaceChildren(
    h('h1', {}, t('overview')),
    h('div', { class: 'grid' },
      progressCard(progress),
      commitmentsCard('overdue', t('overdueTitle'), overdue.ok ? overdue.body.content : null, overdue.status),
      commitmentsCard('at-risk', t('atRiskTitle'), atRisk.ok || offTrack.ok ? troubled : null, atRisk.status),
      meetingsCard(meetings, zone),
      searchCard(signal),
      inboxCard(me, signal)));
  performance.mark('overview-rendered');
}

function unavailable(status) {
  return h('p', { class: 'muted' }, t('unavailable', { status }));
}

function progressCard(progress) {
  const card = h('section', { class: 'card wide', 'aria-labelledby': 'progress-title', id: 'progress' },
    h('h2', { id: 'progress-title' }, t('progressTitle')));
  if (!progress.ok) return card.appendChild(unavailable(progress.status)) && card;
  const { total, pillars } = progress.body;
  card.append(pillar(total, t('whole'), true), ...pillars.map(p => pillar(p, `${p.scope}. ${p.title}`, false)));
  return card;
}

function pillar(p, label, whole) {
  const id = `bar-${p.scope}`.replace(/[^\w-]/g, '');
  const fill = h('span');
  fill.style.width = `${Math.round(p.progress * 100)}%`;
  const counts = [t('commitmentsCount', { n: p.commitments })];
  if (p.overdue) counts.push(t('overdueCount', { n: p.overdue }));
  if (p.atRisk) counts.push(t('atRiskCount', { n: p.atRisk }));
  if (p.offTrack) counts.push(t('offTrackCount', { n: p.offTrack }));
  return h('div', { class: 'pillar', 'data-scope': p.scope },
    h('div', { class: 'pillar-head' }, h('span', { id }, label), h('strong', { class: 'share' }, percent(p.progress))),
    h('div', { class: whole ? 'bar total' : 'bar', role: 'progressbar', 'aria-labelledby': id, 'aria-valuemin': 0,
      'aria-valuemax': 100, 'aria-valuenow': Math.round(p.progress * 100) }, fill),
    h('p', { class: 'counts' }, counts.join(' · ')));
}

export function commitmentItem(c) {
  return h('li', {},
    h('a', { href: `#/commitments/${c.id}` }, h('span', { class: 'ref' }, c.reference), c.title),
    ' ', h('span', { class: `tag ${c.health}` }, t(c.health)),
    c.overdue ? [' ', h('span', { class: 'tag overdue' }, t('overdue'))] : null,
    c.deadline ? h('div', { class: 'counts' }, t('due', { date: date(c.deadline) })) : null);
}

function commitmentsCard(id, title, items, status) {
  const card = h('section', { class: 'card', 'aria-labelledby': `${id}-title`, id },
    h('h2', { id: `${id}-title` }, title));
  if (items === null) card.append(unavailable(status));
  else if (!items.length) card.append(h('p', { class: 'muted' }, t('none')));
  else card.append(h('ul', { class: 'plain' }, items.map(commitmentItem)));
  return card;
}

function meetingsCard(meetings, zone) {
  const card = h('section', { class: 'card', 'aria-labelledby': 'meetings-title', id: 'meetings' },
    h('h2', { id: 'meetings-title' }, t('meetingsTitle')));
  if (!meetings.ok) return card.appendChild(unavailable(meetings.status)) && card;
  const upcoming = meetings.body.filter(m => m.status !== 'cancelled').slice(0, 8);
  if (!upcoming.length) return card.appendChild(h('p', { class: 'muted' }, t('none'))) && card;
  card.append(h('ol', { class: 'timeline' }, upcoming.map(m => {
    const venueZone = m.venue?.timeZone || TOKYO;
    const row = (label, z) => [h('dt', {}, label), h('dd', {}, dateTime(m.start, z) + dayShift(m.start, z, venueZone))];
    return h('li', {},
      h('strong', {}, m.title), ' ', h('span', { class: 'tag' }, t(m.status)),
      m.venue ? h('div', { class: 'counts' }, `${t('venue')}: ${m.venue.city}`) : null,
      h('dl', { class: 'times' }, row(t('yourTime'), zone), row(t('tokyo'), TOKYO), row(t('lima'), LIMA)));
  })));
  return card;
}

function searchCard(signal) {
  const input = h('input', { type: 'search', id: 'find', name: 'q', required: true });
  const results = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'search', role: 'search', onsubmit: async event => {
    event.preventDefault();
    const found = await get(`/api/v1/commitments?roadMapId=${ROAD_MAP}&size=20&q=${encodeURIComponent(input.value)}`, { signal });
    results.replaceChildren(found.ok
      ? (found.body.content.length ? h('ul', { class: 'plain', id: 'results' }, found.body.content.map(commitmentItem)) : h('p', { class: 'muted' }, t('none')))
      : unavailable(found.status));
  } }, h('label', { for: 'find', class: 'visually-hidden' }, t('findLabel')), input, h('button', { type: 'submit' }, t('search')));
  return h('section', { class: 'card', 'aria-labelledby': 'find-title', id: 'find-commitments' },
    h('h2', { id: 'find-title' }, t('find')), form, results);
}
