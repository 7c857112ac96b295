// UI strings in the platform's three languages; pillar and commitment titles come from the road map itself.
const strings = {
  en: {
    brand: 'Japan–Peru Road Map 2024–2033', skip: 'Skip to content', nav: 'Main', overview: 'Overview', inbox: 'Inbox',
    apiDocs: 'API documentation', eventDocs: 'Event topics (AsyncAPI)', language: 'Language', signOut: 'Sign out',
    loading: 'Loading…', signInTitle: 'Sign in', signIn: 'Sign in',
    signInHelp: 'You sign in on the platform\'s sign-in page with your user name and password.',
    signInFailed: 'Sign-in did not complete: please try again.',
    sessionEnded: 'Your session has ended: sign in again.',
    progressTitle: 'Progress per pillar', whole: 'Whole road map', commitmentsCount: '{n} commitments',
    overdueCount: '{n} overdue', atRiskCount: '{n} at risk', offTrackCount: '{n} off track',
    overdueTitle: 'Overdue commitments', atRiskTitle: 'At risk or off track', none: 'None.',
    due: 'due {date}', meetingsTitle: 'Upcoming meetings', yourTime: 'Your time', tokyo: 'Tokyo', lima: 'Lima',
    venue: 'Venue', nextDay: '(next day)', prevDay: '(previous day)',
    inboxTitle: 'Notifications', markRead: 'Mark as read', unreadCount: '{n} unread', inboxUnavailable: 'The inbox is not available yet.', inboxNoRecipient: 'You have no inbox yet: ask the working group to register you for notifications.',
    newNotification: 'New notification: {subject}',
    find: 'Find commitments', findLabel: 'Reference or words', search: 'Search', results: 'Results',
    unavailable: 'Not available right now ({status}).',
    earlierEntries: '{count} earlier entries not shown.',
    commitment: 'Commitment', reference: 'Reference', pillar: 'Pillar', responsible: 'Responsible', deadline: 'Deadline',
    level: 'Level', health: 'Health', assessments: 'Assessments', disagreement: 'Japan and Peru assess this differently.',
    timelineTitle: 'Progress timeline', historyTitle: 'History', reportTitle: 'Record progress',
    country: 'Country', organisation: 'Organisation', summary: 'Summary', evidence: 'Evidence link (optional)',
    record: 'Record progress', recorded: 'Progress recorded.', fixErrors: 'Please correct the fields marked below.',
    readOnly: 'You may read this commitment; its progress is recorded by editors of its responsible organisations and by the working group.',
    notResponsible: '{org} is not responsible for this commitment, so it records no progress on it.',
    back: 'Back to the overview', by: 'by {who}', changed: '{kind}',
    JP: 'Japan', PE: 'Peru', 'no-evidence': 'no evidence', 'not-started': 'not started', limited: 'limited',
    substantial: 'substantial', complete: 'complete', 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track',
    overdue: 'overdue', confirmed: 'confirmed', planned: 'planned', held: 'held', cancelled: 'cancelled', moved: 'moved'
  },
  es: {
    brand: 'Hoja de Ruta Japón–Perú 2024–2033', skip: 'Ir al contenido', nav: 'Principal', overview: 'Resumen', inbox: 'Bandeja',
    apiDocs: 'Documentación de la API', eventDocs: 'Tópicos de eventos (AsyncAPI)', language: 'Idioma', signOut: 'Cerrar sesión',
    loading: 'Cargando…', signInTitle: 'Iniciar sesión', signIn: 'Ingresar',
    signInHelp: 'Inicie sesión en la página de acceso de la plataforma con su usuario y contraseña.',
    signInFailed: 'No se completó el inicio de sesión: inténtelo de nuevo.',
    sessionEnded: 'Su sesión terminó: inicie sesión de nuevo.',
    progressTitle: 'Avance por pilar', whole: 'Toda la hoja de ruta', commitmentsCount: '{n} compromisos',
    overdueCount: '{n} vencidos', atRiskCount: '{n} en riesgo', offTrackCount: '{n} desviados',
    overdueTitle: 'Compromisos vencidos', atRiskTitle: 'En riesgo o desviados', none: 'Ninguno.',
    due: 'vence el {date}', meetingsTitle: 'Próximas reuniones', yourTime: 'Su hora', tokyo: 'Tokio', lima: 'Lima',
    venue: 'Sede', nextDay: '(día siguiente)', prevDay: '(día anterior)',
    inboxTitle: 'Notificaciones', markRead: 'Marcar como leída', unreadCount: '{n} sin leer', inboxUnavailable: 'La bandeja aún no está disponible.', inboxNoRecipient: 'Aún no tiene bandeja: pida al grupo de trabajo que lo registre para recibir notificaciones.',
    newNotification: 'Nueva notificación: {subject}',
    find: 'Buscar compromisos', findLabel: 'Referencia o palabras', search: 'Buscar', results: 'Resultados',
    unavailable: 'No disponible en este momento ({status}).',
    earlierEntries: 'No se muestran {count} entradas anteriores.',
    commitment: 'Compromiso', reference: 'Referencia', pillar: 'Pilar', responsible: 'Responsables', deadline: 'Plazo',
    level: 'Nivel', health: 'Estado', assessments: 'Evaluaciones', disagreement: 'Japón y el Perú lo evalúan de forma distinta.',
    timelineTitle: 'Cronología del avance', historyTitle: 'Historial', reportTitle: 'Registrar avance',
    country: 'País', organisation: 'Organización', summary: 'Resumen', evidence: 'Enlace de evidencia (opcional)',
    record: 'Registrar avance', recorded: 'Avance registrado.', fixErrors: 'Corrija los campos señalados abajo.',
    readOnly: 'Puede consultar este compromiso; su avance lo registran los editores de sus organizaciones responsables y el grupo de trabajo.',
    notResponsible: '{org} no es responsable de este compromiso, por lo que no registra su avance.',
    back: 'Volver al resumen', by: 'por {who}', changed: '{kind}',
    JP: 'Japón', PE: 'Perú', 'no-evidence': 'sin evidencia', 'not-started': 'no iniciado', limited: 'limitado',
    substantial: 'sustancial', complete: 'completo', 'on-track': 'en curso', 'at-risk': 'en riesgo', 'off-track': 'desviado',
    overdue: 'vencido', confirmed: 'confirmada', planned: 'prevista', held: 'realizada', cancelled: 'cancelada', moved: 'reprogramada'
  },
  ja: {
    brand: '日ペルー戦略的パートナーシップ・ロードマップ 2024–2033', skip: '本文へ移動', nav: 'メイン', overview: '概要', inbox: '受信箱',
    apiDocs: 'API ドキュメント', eventDocs: 'イベントトピック（AsyncAPI）', language: '言語', signOut: 'サインアウト',
    loading: '読み込み中…', signInTitle: 'サインイン', signIn: 'サインイン',
    signInHelp: 'プラットフォームのサインインページで、ユーザー名とパスワードでサインインします。',
    signInFailed: 'サインインが完了しませんでした。もう一度お試しください。',
    sessionEnded: 'セッションが終了しました。もう一度サインインしてください。',
    progressTitle: '柱ごとの進捗', whole: 'ロードマップ全体', commitmentsCount: '約束 {n} 件',
    overdueCount: '期限超過 {n} 件', atRiskCount: '要注意 {n} 件', offTrackCount: '遅延 {n} 件',
    overdueTitle: '期限を過ぎた約束', atRiskTitle: '要注意・遅延中の約束', none: 'ありません。',
    due: '期限 {date}', meetingsTitle: '今後の会合', yourTime: 'あなたの時刻', tokyo: '東京', lima: 'リマ',
    venue: '開催地', nextDay: '（翌日）', prevDay: '（前日）',
    inboxTitle: '通知', markRead: '既読にする', unreadCount: '未読 {n} 件', inboxUnavailable: '受信箱はまだ利用できません。', inboxNoRecipient: '受信箱はまだありません。通知の登録を作業部会に依頼してください。',
    newNotification: '新しい通知：{subject}',
    find: '約束を検索', findLabel: '番号またはキーワード', search: '検索', results: '検索結果',
    unavailable: '現在利用できません（{status}）。',
    earlierEntries: 'これより前の{count}件は表示していません。',
    commitment: '約束', reference: '番号', pillar: '柱', responsible: '担当機関', deadline: '期限',
    level: '実施段階', health: '状況', assessments: '評価', disagreement: '日本とペルーで評価が異なります。',
    timelineTitle: '進捗の記録', historyTitle: '変更履歴', reportTitle: '進捗を登録',
    country: '国', organisation: '組織', summary: '概要', evidence: '根拠資料のリンク（任意）',
    record: '進捗を登録', recorded: '進捗を登録しました。', fixErrors: '下記の項目を修正してください。',
    readOnly: 'この約束は閲覧のみできます。進捗は担当機関の編集者と作業部会が登録します。',
    notResponsible: '{org}はこの約束の担当機関ではないため、進捗を登録できません。',
    back: '概要に戻る', by: '{who}', changed: '{kind}',
    JP: '日本', PE: 'ペルー', 'no-evidence': '根拠なし', 'not-started': '未着手', limited: '限定的', substantial: '相当程度',
    complete: '完了', 'on-track': '順調', 'at-risk': '要注意', 'off-track': '遅延', overdue: '期限超過',
    confirmed: '確定', planned: '予定', held: '開催済み', cancelled: '中止', moved: '変更'
  }
};

export const languages = Object.keys(strings);
let current = 'en';

export function setLanguage(lang) {
  current = languages.includes(lang) ? lang : 'en';
  document.documentElement.lang = current;
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-i18n-label]').forEach(el => el.setAttribute('aria-label', t(el.dataset.i18nLabel)));
  document.title = t('brand');
}

export function language() {
  return current;
}

/** The string for the key in the current language, with {name} placeholders filled in. */
export function t(key, values = {}) {
  const text = strings[current][key] ?? strings.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
}
