// One commitment: its facts, each side's assessment, the progress timeline, its history, and a report form.
import { t } from './i18n.js';
import { get, post } from './api.js';
import { announce, h } from './dom.js';
import { date, dateTime, sides, zoneOf } from './format.js';

const LEVELS = ['no-evidence', 'not-started', 'limited', 'substantial', 'complete'];
const HEALTHS = ['on-track', 'at-risk', 'off-track'];

export async function renderCommitment(main, id, me, signal, notice) {
  const base = `/api/v1/commitments/${encodeURIComponent(id)}`;
  const [commitment, reports, history] = await Promise.all([
    get(base, { signal }), get(`${base}/progress-reports?size=50`, { signal }), get(`${base}/history?size=50`, { signal })]);
  const back = h('p', {}, h('a', { href: '#/' }, t('back')));
  if (!commitment.ok) {
    main.replaceChildren(back, h('p', { class: 'alert', role: 'alert' }, commitment.problem?.detail || t('unavailable', { status: commitment.status })));
    return;
  }
  const c = commitment.body;
  const zone = zoneOf(me);
  main.replaceChildren(back,
    h('h1', {}, h('span', { class: 'ref' }, c.reference), c.title),
    // replaceChildren, unlike h, would print a null as the text "null"
    ...(notice ? [h('p', { class: 'notice', role: 'status', tabindex: -1 }, notice)] : []),
    h('div', { class: 'grid' },
      h('section', { class: 'card wide', 'aria-labelledby': 'facts-title', id: 'facts' },
        h('h2', { id: 'facts-title', class: 'visually-hidden' }, t('commitment')),
        c.text ? h('p', {}, c.text) : null,
        h('dl', { class: 'facts' },
          h('dt', {}, t('pillar')), h('dd', {}, c.pillar),
          h('dt', {}, t('responsible')), h('dd', {}, c.responsibleEntities.map(e => `${e.name} (${t(e.country)})`).join('; ')),
          c.deadline ? [h('dt', {}, t('deadline')), h('dd', {}, date(c.deadline), c.overdue ? [' ', h('span', { class: 'tag overdue' }, t('overdue'))] : null)] : null,
          h('dt', {}, t('level')), h('dd', { id: 'level' }, t(c.level)),
          h('dt', {}, t('health')), h('dd', { id: 'health' }, h('span', { class: `tag ${c.health}` }, t(c.health))),
          c.assessments.length ? [h('dt', {}, t('assessments')), h('dd', {}, c.assessments.map(a =>
            h('div', {}, `${t(a.country)}: ${t(a.level)}, ${t(a.health)} — ${a.organisation}`)))] : null),
        c.disagreement ? h('p', { class: 'alert' }, t('disagreement')) : null),
      timelineCard(reports, zone),
      reportCard(c, me, main, signal),
      historyCard(history, zone)));
}

function timelineCard(reports, zone) {
  const card = h('section', { class: 'card', 'aria-labelledby': 'timeline-title', id: 'timeline' },
    h('h2', { id: 'timeline-title' }, t('timelineTitle')));
  if (!reports.ok) card.append(h('p', { class: 'muted' }, t('unavailable', { status: reports.status })));
  else if (!reports.body.content.length) card.append(h('p', { class: 'muted' }, t('none')));
  else card.append(h('ol', { class: 'timeline' }, reports.body.content.map(r => h('li', {},
    // a meeting's entry belongs to both sides (sides), not to the country that hosted it
    h('div', { class: 'counts' },
      `${dateTime(r.reportedAt, zone)} · ${sides(r.sides?.length ? r.sides : [r.country])} · ${r.organisation}`),
    h('div', { class: 'summary' }, r.summary),
    h('div', {}, r.level ? h('span', { class: 'tag' }, t(r.level)) : null, ' ', r.health ? h('span', { class: `tag ${r.health}` }, t(r.health)) : null),
    r.evidence?.length ? h('ul', {}, r.evidence.map(e => h('li', {}, h('a', { href: e, rel: 'noopener noreferrer' }, e)))) : null))),
    earlier(reports.body));
  return card;
}

function historyCard(history, zone) {
  const card = h('section', { class: 'card', 'aria-labelledby': 'history-title', id: 'history' },
    h('h2', { id: 'history-title' }, t('historyTitle')));
  if (!history.ok) return card.appendChild(h('p', { class: 'muted' }, t('unavailable', { status: history.status }))) && card;
  // newest first, a page of the whole history
  card.append(h('ol', { class: 'timeline' }, history.body.content.map(change => h('li', {},
    h('div', { class: 'counts' }, `${dateTime(change.at, zone)} · ${t('by', { who: change.by })}`),
    h('div', {}, change.kind,
      change.after ? h('span', { class: 'muted' }, ` — ${Object.keys(change.after).join(', ')}`) : null)))),
    earlier(history.body));
  return card;
}

/** How many older entries the page leaves out, if any. */
function earlier(page) {
  const left = page.page.totalElements - page.content.length;
  return left > 0 ? h('p', { class: 'muted' }, t('earlierEntries', { count: left })) : '';
}

function select(id, values, chosen) {
  return h('select', { id, name: id }, values.map(v => h('option', { value: v, selected: v === chosen }, t(v))));
}

/**
 * The sides the caller may report progress for, by the rule of docs/adr/0006 read from the token's
 * claims: the working group any side, an editor their own country's side of a commitment their
 * organisation answers for, anyone else none. Only to offer the form; the service still decides.
 */
export function reportableSides(c, me) {
  const roles = [].concat(me.roles || []);
  if (roles.includes('admin')) return ['JP', 'PE'];
  const responsible = c.responsibleEntities.some(e => e.name === me.org);
  return roles.includes('editor') && responsible && me.country ? [me.country] : [];
}

function reportCard(c, me, main, signal) {
  const card = h('section', { class: 'card', 'aria-labelledby': 'report-title', id: 'report' }, h('h2', { id: 'report-title' }, t('reportTitle')));
  const sides = reportableSides(c, me);
  if (!sides.length) {
    const editor = [].concat(me.roles || []).includes('editor');
    return card.appendChild(h('p', { class: 'muted', id: 'report-not-offered' },
      editor ? t('notResponsible', { org: me.org || me.sub }) : t('readOnly'))) && card;
  }
  const country = select('report-country', sides, sides.includes(me.country) ? me.country : sides[0]);
  const organisation = h('input', { type: 'text', id: 'report-organisation', name: 'organisation', value: me.org || '', required: true, maxlength: 300 });
  const summary = h('textarea', { id: 'report-summary', name: 'summary', required: true, maxlength: 10000 });
  const level = select('report-level', LEVELS, c.level);
  const health = select('report-health', HEALTHS, c.health);
  const evidence = h('input', { type: 'url', id: 'report-evidence', name: 'evidence', placeholder: 'https://' });
  const fields = { country, organisation, summary, level, health, evidence };
  const status = h('div');
  const field = (key, label, control) => h('div', {}, h('label', { for: control.id }, label), control,
    h('p', { class: 'field-error', id: `${control.id}-error`, hidden: true }));
  const idempotencyKey = crypto.randomUUID();
  const form = h('form', { class: 'stack', id: 'report-form', novalidate: true, onsubmit: async event => {
    event.preventDefault();
    form.querySelectorAll('.field-error').forEach(p => { p.hidden = true; p.textContent = ''; });
    Object.values(fields).forEach(f => f.removeAttribute('aria-invalid'));
    const body = { country: country.value, organisation: organisation.value, summary: summary.value,
      level: level.value, health: health.value, evidence: evidence.value ? [evidence.value] : [] };
    // the same key for this form's retries: a second click after a timeout is the same report
    const answer = await post(`/api/v1/commitments/${encodeURIComponent(c.id)}/progress-reports`, body, { 'Idempotency-Key': idempotencyKey });
    if (answer.ok) {
      announce(t('recorded'));
      const { renderCommitment } = await import('./commitment.js');
      await renderCommitment(main, c.id, me, signal, t('recorded'));
      main.querySelector('.notice')?.focus?.();
      return;
    }
    const errors = answer.problem?.errors || [];
    status.replaceChildren(h('p', { class: 'alert', role: 'alert', id: 'report-problem' }, errors.length ? t('fixErrors') : (answer.problem?.detail || answer.problem?.title || t('unavailable', { status: answer.status }))));
    let first = null;
    for (const e of errors) {
      const key = (e.field || '').replace(/\[\d+\]$/, '');
      const control = fields[key];
      if (!control) continue;
      const message = document.getElementById(`${control.id}-error`);
      message.textContent = e.message;
      message.hidden = false;
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', message.id);
      first ??= control;
    }
    (first || status.firstChild)?.focus?.();
  } },
  status,
  field('country', t('country'), country),
  field('organisation', t('organisation'), organisation),
  field('summary', t('summary'), summary),
  field('level', t('level'), level),
  field('health', t('health'), health),
  field('evidence', t('evidence'), evidence),
  h('div', {}, h('button', { type: 'submit' }, t('record'))));
  card.append(form);
  return card;
}
