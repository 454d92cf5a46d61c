// The REST API in cookie mode: the session lives in HttpOnly cookies, unsafe requests repeat the readable
// CSRF cookie in a header, and an expired access token is refreshed once, transparently.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `request failed (${status})`);
    this.status = status;
    this.code = problem.code || 'HTTP_' + status;
    this.field = problem.field || null;
    this.problem = problem;
  }
}

export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)CONVEYOR_CSRF=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : null;
}

/** True while the browser holds a session (the CSRF cookie lives as long as the refresh cookie). */
export const hasSession = () => csrfToken() !== null;

export function newKey() {
  if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
  return 'k-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);
}

let clockOffset = 0;

/**
 * The server's clock as best known: deadlines such as the cancellation window are the server's, and a
 * browser's clock may be minutes off. Learnt from the Date header (whole seconds, so small offsets are noise).
 */
export const serverNow = () => Date.now() + clockOffset;

function learnClock(res) {
  const date = Date.parse(res.headers.get('Date') || '');
  if (Number.isNaN(date)) return;
  const offset = date + 500 - Date.now();
  clockOffset = Math.abs(offset) > 1500 ? offset : 0;
}

let refreshing = null;
let onSession = () => {};
let refreshTimer = null;

/** Called with the user after every login and refresh, and with null when the session is gone. */
export function onSessionChange(listener) { onSession = listener; }

function scheduleRefresh(expiresIn) {
  clearTimeout(refreshTimer);
  // renew a minute early so pages never meet an expired access token
  refreshTimer = setTimeout(() => refresh(), Math.max(5, expiresIn - 60) * 1000);
}

function accepted(session) {
  scheduleRefresh(session.expiresIn);
  onSession(session.user);
  return session.user;
}

/** Renews the session from the refresh cookie; resolves to the user, or null when it is gone. */
export function refresh() {
  // without the session cookies there is nothing to renew, and asking would only earn a 401
  if (!hasSession()) return Promise.resolve(null);
  if (!refreshing) {
    refreshing = fetch('/api/auth/refresh', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'X-Auth-Mode': 'cookie', 'X-CSRF-Token': csrfToken() || '' },
    }).then(async (res) => {
      if (!res.ok) {
        // the session is over: forget the readable marker so that later page loads do not try again
        document.cookie = 'CONVEYOR_CSRF=; Max-Age=0; Path=/; SameSite=Strict';
        onSession(null);
        return null;
      }
      return accepted(await res.json());
    }).catch(() => null).finally(() => { refreshing = null; });
  }
  return refreshing;
}

// The correlation ids of this page's own changes: their live events need no toast, the page already said
// what it did.
const ownChanges = [];
export const isOwnChange = (correlationId) => !!correlationId && ownChanges.includes(correlationId);

export async function request(method, path, body, options = {}) {
  const correlationId = method === 'GET' ? null : newKey();
  if (correlationId) ownChanges.splice(0, Math.max(0, ownChanges.push(correlationId) - 50));
  const send = () => {
    const headers = { Accept: 'application/json' };
    if (correlationId) headers['X-Correlation-Id'] = correlationId;
    // a FormData body (a file upload) sets its own multipart type with the boundary
    const form = typeof FormData !== 'undefined' && body instanceof FormData;
    if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
    const token = csrfToken();
    if (token && method !== 'GET') headers['X-CSRF-Token'] = token;
    if (options.key) headers['Idempotency-Key'] = options.key;
    Object.assign(headers, options.headers || {});
    return fetch(path, {
      method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
  };
  let res = await send();
  learnClock(res);
  if (res.status === 401 && hasSession() && !options.noRefresh && await refresh()) {
    res = await send();
  }
  if (!res.ok) {
    let problem = {};
    try { problem = await res.json(); } catch (notJson) { problem = {}; }
    throw new ApiError(res.status, problem);
  }
  if (res.status === 204) return null;
  const type = res.headers.get('Content-Type') || '';
  return type.includes('json') ? res.json() : res.text();
}

export const get = (path) => request('GET', path);
export const post = (path, body, options) => request('POST', path, body === undefined ? {} : body, options);
export const patch = (path, body) => request('PATCH', path, body);
export const del = (path) => request('DELETE', path);
/** A POST that creates something: one Idempotency-Key per user action, so a retried click creates it once. */
export const create = (path, body) => post(path, body, { key: newKey() });
export const put = (path, body) => request('PUT', path, body);
/** Sends one file as the multipart part {@code name}. */
export const upload = (path, name, file) => {
  const form = new FormData();
  form.append(name, file);
  return request('POST', path, form);
};

export async function logIn(email, password) {
  const session = await request('POST', '/api/auth/login', { email, password },
    { headers: { 'X-Auth-Mode': 'cookie' }, noRefresh: true });
  return accepted(session);
}

export async function logOut() {
  try { await request('POST', '/api/auth/logout', {}, { noRefresh: true }); } catch (ignored) { /* gone anyway */ }
  endSession();
}

/** Forgets the session here once the server has ended it (a changed password ends every session). */
export function endSession() {
  clearTimeout(refreshTimer);
  onSession(null);
}

/** Query string from an object, leaving out empty values; arrays repeat the parameter. */
export function query(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([name, value]) => {
    if (Array.isArray(value)) value.forEach((v) => search.append(name, v));
    else if (value !== undefined && value !== null && value !== '') search.append(name, value);
  });
  const text = search.toString();
  return text ? '?' + text : '';
}
