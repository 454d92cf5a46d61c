// Live events over the WebSocket /ws (cookie-authenticated on the upgrade). One connection per page; it
// resumes after the last position seen when it reconnects, so no event is lost across a network blip.
// The server closes it with 4401 when the access token expires or the session ends (logout, role change,
// deleted account): the page then renews the session from the refresh cookie and reconnects, or, when the
// session is gone, stops (the API's session listener takes the page to the sign-in form).

import { refresh } from './api.js';

const UNAUTHENTICATED = 4401;

const listeners = new Set();
const statusListeners = new Set();
let socket = null;
let wanted = false;
let lastPosition = null;
let retries = 0;
let retryTimer = null;
let status = 'off';

function setStatus(next) {
  status = next;
  statusListeners.forEach((listener) => listener(next));
}

export const liveStatus = () => status;
export function onLiveStatus(listener) { statusListeners.add(listener); return () => statusListeners.delete(listener); }
/** listener(event) for every event; event.type 'resync' means: reload whatever you show. */
export function onLiveEvent(listener) { listeners.add(listener); return () => listeners.delete(listener); }

function emit(event) { listeners.forEach((listener) => listener(event)); }

function connect() {
  if (!wanted || socket) return;
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  setStatus('connecting');
  let opened = false;
  const ws = new WebSocket(`${scheme}//${location.host}/ws`);
  socket = ws;
  ws.onopen = () => {
    opened = true;
    const subscribe = { type: 'subscribe' };
    if (lastPosition !== null) subscribe.after = lastPosition;
    ws.send(JSON.stringify(subscribe));
  };
  ws.onmessage = (message) => {
    let data;
    try { data = JSON.parse(message.data); } catch (notJson) { return; }
    if (typeof data.position === 'number' && typeof data.type === 'string' && data.type.includes(':')) {
      lastPosition = data.position;
      emit(data);
    } else if (data.type === 'subscribed') {
      retries = 0;
      if (lastPosition === null) lastPosition = data.position;
      setStatus('live');
    } else if (data.type === 'resync-required') {
      lastPosition = null;
      emit({ type: 'resync' });
    } else if (data.type === 'error') {
      setStatus('error');
    }
  };
  ws.onclose = (closed) => {
    socket = null;
    if (!wanted) { setStatus('off'); return; }
    if (closed.code === UNAUTHENTICATED) {
      setStatus('reconnecting');
      refresh().then((user) => {
        if (user) { connect(); } else { stopLive(); }
      });
      return;
    }
    // never opened: most likely no /ws on this server (yet); keep trying, slowly
    setStatus(opened ? 'reconnecting' : 'offline');
    retries += 1;
    clearTimeout(retryTimer);
    retryTimer = setTimeout(connect, Math.min(15000, 500 * 2 ** Math.min(retries, 5)));
  };
}

export function startLive() { wanted = true; connect(); }

export function stopLive() {
  wanted = false;
  clearTimeout(retryTimer);
  lastPosition = null;
  if (socket) socket.close();
  setStatus('off');
}
