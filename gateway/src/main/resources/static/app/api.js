// Calls to the API through the gateway in the signed-in person's session; problems (RFC 9457) come back as data.
import { csrfHeaders, forget } from './session.js';

export const ROAD_MAP = 'jp-pe-2024-2033';

/** Resolves to {ok, status, body, problem}; a 401 ends the session. */
export async function call(path, { method = 'GET', body, headers = {}, signal } = {}) {
  const changes = !['GET', 'HEAD'].includes(method);
  const request = { method, signal, headers: { Accept: 'application/json', ...(changes ? csrfHeaders() : {}), ...headers } };
  if (body !== undefined) {
    request.body = JSON.stringify(body);
    request.headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, request);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    return { ok: false, status: 0, problem: { title: 'Network error' } };
  }
  if (response.status === 401) {
    forget();
    window.dispatchEvent(new CustomEvent('session-ended'));
  }
  const type = response.headers.get('Content-Type') || '';
  const parsed = type.includes('json') ? await response.json().catch(() => null) : null;
  return response.ok
    ? { ok: true, status: response.status, body: parsed }
    : { ok: false, status: response.status, problem: parsed || { title: response.statusText } };
}

export const get = (path, options) => call(path, options);
export const post = (path, body, headers) => call(path, { method: 'POST', body, headers });

/**
 * Server-Sent Events read with fetch, which lets the dashboard abort and reconnect the stream itself.
 * Calls onEvent({event, data, id}) per event; resolves when the stream ends. With lastEventId (the id of
 * the last event read before a reconnect) the server first sends what came after it, as EventSource would.
 */
export async function stream(path, onEvent, signal, lastEventId) {
  const headers = { Accept: 'text/event-stream' };
  if (lastEventId) headers['Last-Event-ID'] = lastEventId;
  const response = await fetch(path, { headers, signal });
  if (!response.ok || !response.body) return response.status;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return 200;
    buffer += value.replace(/\r\n?/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const message = { event: 'message', data: '', id: null };
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') message.event = text;
        else if (field === 'data') message.data += (message.data ? '\n' : '') + text;
        else if (field === 'id') message.id = text;
      }
      if (message.data) onEvent(message);
    }
  }
}
