// Small shared pieces: formatting, toasts, form fields with their API errors, loading/empty/error states,
// paging, status badges.
import { h } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';

export { h };

export function money(value) {
  if (!value) return '';
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: value.currency })
      .format(value.amountMinor / 100);
  } catch (unknownCurrency) {
    return (value.amountMinor / 100).toFixed(2) + ' ' + value.currency;
  }
}

export const when = (instant) => (instant ? new Date(instant).toLocaleString() : '');

// --- toasts ---------------------------------------------------------------------------------------------
const toastListeners = new Set();
let toasts = [];
let toastSeq = 0;

export function toast(text, kind = 'info') {
  if (toasts.some((t) => t.text === text)) return; // one change told twice (an action and its live event) shows once
  const id = ++toastSeq;
  toasts = [...toasts, { id, text, kind }].slice(-3);
  toastListeners.forEach((listener) => listener(toasts));
  setTimeout(() => {
    toasts = toasts.filter((t) => t.id !== id);
    toastListeners.forEach((listener) => listener(toasts));
  }, kind === 'error' ? 8000 : 4000);
}

export function Toasts() {
  const [list, setList] = useState(toasts);
  useEffect(() => { toastListeners.add(setList); return () => toastListeners.delete(setList); }, []);
  return h('div', { class: 'toasts', role: 'status', 'aria-live': 'polite' },
    list.map((t) => h('div', { key: t.id, class: 'toast toast-' + t.kind, 'data-test': 'toast' }, t.text)));
}

/** An API error as one readable line. */
export function describe(error) {
  if (!error) return '';
  if (error.status === 0 || error instanceof TypeError) return 'The server cannot be reached. Try again.';
  return error.message;
}

// --- loading ---------------------------------------------------------------------------------------------
/** Loads while deps change; returns {data, error, loading, reload, setData}. */
export function useLoad(loader, deps) {
  const [state, setState] = useState({ data: null, error: null, loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let alive = true;
    setState((s) => ({ ...s, loading: true }));
    loader().then((data) => alive && setState({ data, error: null, loading: false }),
      (error) => alive && setState({ data: null, error, loading: false }));
    return () => { alive = false; };
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload, setData: (data) => setState({ data, error: null, loading: false }) };
}

export function Loading({ what }) {
  return h('p', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    'Loading ' + (what || '') + '…');
}

export const Empty = ({ children }) => h('p', { class: 'empty', 'data-test': 'empty' }, children);

export const Failure = ({ error, retry }) => h('div', { class: 'failure', role: 'alert' },
  h('p', null, describe(error)), retry && h('button', { type: 'button', onClick: retry }, 'Try again'));

/** The usual three states around a loaded value. */
export function Loaded({ state, what, children }) {
  if (state.error) return h(Failure, { error: state.error, retry: state.reload });
  if (state.loading && state.data === null) return h(Loading, { what });
  return children(state.data);
}

// --- forms -----------------------------------------------------------------------------------------------
/** A labelled input; `errors` maps field names (the API's JSON paths) to messages. */
export function Field({ label, name, errors, type = 'text', value, onInput, children, hint, ...rest }) {
  const id = 'f-' + name.replace(/[^a-zA-Z0-9]/g, '-');
  const error = errors && errors[name];
  const control = type === 'select'
    ? h('select', { id, name, value, onChange: (e) => onInput(e.target.value), 'aria-invalid': !!error,
      'aria-describedby': error ? id + '-error' : undefined, ...rest }, children)
    : type === 'textarea'
      ? h('textarea', { id, name, value, onInput: (e) => onInput(e.target.value), 'aria-invalid': !!error, ...rest })
      : h('input', { id, name, type, value, onInput: (e) => onInput(e.target.value), 'aria-invalid': !!error,
        'aria-describedby': error ? id + '-error' : undefined, ...rest });
  return h('div', { class: 'field' + (error ? ' invalid' : '') },
    h('label', { for: id }, label), control,
    hint && !error && h('small', { class: 'hint' }, hint),
    error && h('p', { class: 'field-error', id: id + '-error', 'data-test': 'field-error' }, error));
}

/** The server names fields by JSON path ("shippingAddress.line1 must not be blank"): say it with the label. */
export function inWords(errors, labels) {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) =>
    [field, labels[field] ? message.split(field).join(labels[field]) : message]));
}

/**
 * Runs an API call for a form: a problem naming a field is shown next to it, any other as a toast.
 * Returns [busy, errors, run].
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState({});
  const run = async (action, fields) => {
    setBusy(true);
    setErrors({});
    try {
      return await action();
    } catch (error) {
      const field = error.field && (fields || []).find((f) => error.field === f || error.field.startsWith(f + '.')
        || f.startsWith(error.field + '.'));
      if (field) setErrors({ [field]: describe(error) });
      else toast(describe(error), 'error');
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return [busy, errors, run];
}

// --- lists -----------------------------------------------------------------------------------------------
export function Pager({ page, size, total, onPage }) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (total <= size) return null;
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', disabled: page <= 0, onClick: () => onPage(page - 1) }, '‹ Previous'),
    h('span', null, `Page ${page + 1} of ${pages}`),
    h('button', { type: 'button', disabled: page + 1 >= pages, onClick: () => onPage(page + 1) }, 'Next ›'));
}

export const Badge = ({ value }) => value
  ? h('span', { class: 'badge badge-' + String(value).toLowerCase(), 'data-value': value }, String(value).replace(/_/g, ' '))
  : null;

// the figure sits beside the bar, on the page's background, so that it reads whatever the bar's fill
export const Progress = ({ value, label }) => h('div', { class: 'progress', role: 'progressbar',
  'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': value, 'aria-label': label || 'Delivered' },
h('div', { class: 'progress-track' }, h('div', { class: 'progress-bar', style: { width: value + '%' } })),
h('span', null, value + '%'));

export const go = (path) => { location.hash = path; };

/** Tells the header's cart count that the cart changed. */
export const cartChanged = () => window.dispatchEvent(new Event('conveyor-cart'));
