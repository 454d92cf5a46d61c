// Staff changes to an order after it was placed, beside the edit form: refunds by lines or by amount, and
// cancelling what no delivery holds yet.
import { useState } from 'preact/hooks';
import { h, toast, money, useLoad, Loaded, Field, useSubmit } from './ui.js';
import { get, create, newKey, request } from './api.js';

const OPEN = ['PENDING', 'CONFIRMED', 'PROCESSING'];

/**
 * The API names a line of the body by its index (`lines[0].quantity`); the form's fields are named by line
 * number, so that two forms on one page never share an element id.
 */
function errorsByLine(errors, sent, prefix) {
  const shown = { ...errors };
  sent.forEach((line, i) => {
    const error = errors[`lines[${i}].quantity`] || errors[`lines[${i}].lineNo`];
    if (error) shown[prefix + line.lineNo] = error;
  });
  return shown;
}

const lineFields = (sent) => sent.flatMap((_, i) => [`lines[${i}].quantity`, `lines[${i}].lineNo`]);

/**
 * Gives money back: units of lines (and the shipping charge), or an amount. The order's `refundable` (paid
 * beyond what is due after an edit or a cancellation) is proposed as the amount; the server pays that part
 * back without a credit note and credits the rest.
 */
export function RefundForm({ order, ledger, onDone }) {
  const [chosenMode, setMode] = useState(null);
  const [units, setUnits] = useState({});
  const [shipping, setShipping] = useState(false);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState([]);
  const [busy, errors, run] = useSubmit();
  const net = ledger.paid.amountMinor - ledger.refunded.amountMinor;
  if (net <= 0) return null;
  const proposed = order.refundable && order.refundable.amountMinor > 0 ? (order.refundable.amountMinor / 100).toFixed(2) : '';
  // until staff choose, the form follows the order: an amount while something was paid beyond what is due
  const mode = chosenMode || (proposed ? 'amount' : 'lines');
  const shownAmount = amount !== '' ? amount : proposed;
  const charged = order.price && order.price.shipping && order.price.shipping.gross.amountMinor > 0;
  const submit = (e) => {
    e.preventDefault();
    const lines = order.lines.map((l) => ({ lineNo: l.lineNo, quantity: Number(units[l.lineNo] || 0) }))
      .filter((l) => l.quantity > 0);
    const body = mode === 'amount'
      ? { amountMinor: Math.round(Number(shownAmount) * 100), reason: reason.trim() || null }
      : { lines, shipping, reason: reason.trim() || null };
    setSent(mode === 'amount' ? [] : lines);
    run(async () => {
      const result = await create('/api/orders/' + order.id + '/refunds', body);
      const total = result.refunds.reduce((sum, r) => sum - r.amount.amountMinor, 0);
      const given = money({ amountMinor: total, currency: order.total.currency });
      toast(result.creditNote ? `Refunded ${given} with credit note ${result.creditNote.number}`
        : `Refunded ${given}, paid beyond what the order is due: no credit note needed`, 'success');
      setUnits({}); setShipping(false); setAmount(''); setReason(''); setMode(null);
      onDone();
    }, ['amountMinor', 'lines', 'shipping', 'reason', ...lineFields(lines)]);
  };
  const shown = errorsByLine(errors, sent, 'refund-line-');
  return h('form', { class: 'panel', id: 'refund-order', onSubmit: submit }, h('h3', null, 'Refund'),
    h('fieldset', { class: 'choice' }, h('legend', null, 'Give back'),
      [['lines', 'Items'], ['amount', 'An amount']].map(([value, label]) => h('label', { key: value },
        h('input', { type: 'radio', name: 'refund-mode', value, checked: mode === value, 'data-test': 'refund-mode-' + value,
          onChange: () => setMode(value) }), ' ', label))),
    mode === 'lines' ? [
      order.lines.map((l) => h(Field, { key: l.lineNo, label: `${l.name} (units to refund)`, name: 'refund-line-' + l.lineNo,
        type: 'number', min: 0, max: l.quantity - l.cancelled, errors: shown, value: units[l.lineNo] ?? '0',
        onInput: (v) => setUnits({ ...units, [l.lineNo]: v }) })),
      charged && h('label', null, h('input', { type: 'checkbox', checked: shipping, id: 'refund-shipping',
        onChange: (e) => setShipping(e.currentTarget.checked) }), ' The shipping charge (', money(order.price.shipping.gross), ')'),
      errors.lines && h('p', { class: 'field-error', 'data-test': 'field-error' }, errors.lines)]
      : h(Field, { label: `Amount (${order.total.currency})`, name: 'amountMinor', type: 'number', step: '0.01', min: '0.01',
        errors, value: shownAmount, onInput: setAmount, required: true,
        hint: proposed ? `${money(order.refundable)} was paid beyond what the order is due` : 'Goodwill, with a credit note' }),
    h(Field, { label: 'Reason (optional)', name: 'reason', errors, value: reason, onInput: setReason, maxlength: 500 }),
    h('button', { type: 'submit', class: 'primary', id: 'refund-submit', disabled: busy }, 'Refund'));
}

/** Cancels units no delivery holds yet, of some lines or all that remains; their stock goes back. */
export function CancelRemainder({ order, onDone }) {
  const remaining = useLoad(() => get('/api/orders/' + order.id + '/remaining'), [order.version]);
  const [units, setUnits] = useState({});
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState([]);
  const [busy, errors, run] = useSubmit();
  if (!OPEN.includes(order.status) || order.partial) return null;
  return h(Loaded, { state: remaining, what: 'what remains' }, (r) => {
    const open = r.lines.filter((l) => l.remaining > 0);
    if (open.length === 0) return null;
    const cancel = (lines) => {
      setSent(lines);
      run(async () => {
        const updated = await request('POST', '/api/orders/' + order.id + '/cancel-lines',
          { lines, reason: reason.trim() || null }, { key: newKey(), headers: { 'If-Match': `"${order.version}"` } });
        toast(updated.status === 'CANCELLED' ? `Order ${updated.number} cancelled`
          : updated.refundable && updated.refundable.amountMinor > 0 ? `Cancelled: ${money(updated.refundable)} may be refunded`
            : 'Cancelled what was chosen', 'success');
        setUnits({}); setReason('');
        onDone();
      }, ['reason', 'lines', ...lineFields(lines)]);
    };
    const submit = (e) => {
      e.preventDefault();
      cancel(open.map((l) => ({ lineNo: l.lineNo, quantity: Number(units[l.lineNo] || 0) })).filter((l) => l.quantity > 0));
    };
    const shown = errorsByLine(errors, sent, 'cancel-line-');
    return h('form', { class: 'panel', id: 'cancel-remainder', onSubmit: submit }, h('h3', null, 'Cancel what remains'),
      open.map((l) => h(Field, { key: l.lineNo, label: `${l.name} (remaining ${l.remaining})`, name: 'cancel-line-' + l.lineNo,
        type: 'number', min: 0, max: l.remaining, errors: shown, value: units[l.lineNo] ?? '0',
        onInput: (v) => setUnits({ ...units, [l.lineNo]: v }) })),
      h(Field, { label: 'Reason (optional)', name: 'cancel-reason', errors: { 'cancel-reason': errors.reason }, value: reason,
        onInput: setReason, maxlength: 500 }),
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'danger', id: 'cancel-lines-submit', disabled: busy }, 'Cancel these units'),
        h('button', { type: 'button', id: 'cancel-all-remaining', disabled: busy, onClick: () => cancel([]) }, 'Cancel all that remains')));
  });
}
