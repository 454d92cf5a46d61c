// Returns (RMA) and credit notes on the order page: the customer asks to send delivered units back and follows
// the return; staff approve or reject it, receive it (restock or write off each line) and refund it, which
// issues a credit note. The server decides what may happen; the page offers only the moves of each status.
import { useState } from 'preact/hooks';
import { h, money, when, toast, Loaded, Empty, Field, useSubmit, Badge } from './ui.js';
import { post, create } from './api.js';

const STAFF = ['STAFF', 'ADMIN'];
// a rejected or cancelled return gives its units back: only the others hold units of a line
const HOLDING = ['REQUESTED', 'APPROVED', 'RECEIVED', 'REFUNDED'];

/** Units of each line that may still be returned: delivered less those held by open or finished returns. */
function returnable(order, returns) {
  const held = {};
  returns.filter((r) => HOLDING.includes(r.status)).forEach((r) => r.lines
    .forEach((l) => { held[l.lineNo] = (held[l.lineNo] || 0) + l.quantity; }));
  return order.lines.map((l) => ({ ...l, left: Math.max(0, l.delivered - (held[l.lineNo] || 0)) }))
    .filter((l) => l.left > 0);
}

function RequestReturn({ order, lines, onDone }) {
  const [quantities, setQuantities] = useState({});
  const [reasons, setReasons] = useState({});
  const [busy, errors, run] = useSubmit();
  const chosen = lines.filter((l) => Number(quantities[l.lineNo] || 0) > 0);
  const submit = (e) => {
    e.preventDefault();
    if (chosen.length === 0) {
      toast('Choose how many units of a line to return.', 'error');
      return;
    }
    run(async () => {
      const rma = await create('/api/orders/' + order.id + '/returns', { lines: chosen.map((l) => ({
        lineNo: l.lineNo, quantity: Number(quantities[l.lineNo]), reason: (reasons[l.lineNo] || '').trim() })) });
      toast(`Return ${rma.number} requested`, 'success');
      setQuantities({});
      setReasons({});
      onDone();
    }, chosen.flatMap((_, i) => [`lines[${i}].quantity`, `lines[${i}].reason`]));
  };
  // the API names a line by its place in the request (only the chosen lines are sent); the page by its number
  const shown = {};
  chosen.forEach((l, i) => ['quantity', 'reason'].forEach((member) => {
    shown[`return-${l.lineNo}-${member}`] = errors[`lines[${i}].${member}`];
  }));
  const fieldOf = (l, member) => `return-${l.lineNo}-${member}`;
  return h('form', { class: 'panel', id: 'request-return', onSubmit: submit },
    h('h3', null, 'Return items'),
    h('p', { class: 'muted' }, 'Choose the delivered units to send back and tell us why.'),
    lines.map((l) => h('div', { key: l.lineNo, class: 'return-line', 'data-test': 'return-line', 'data-line': l.lineNo },
      h(Field, { label: `${l.name}: units to return (up to ${l.left})`, name: fieldOf(l, 'quantity'), type: 'number', min: 0,
        max: l.left, errors: shown, value: quantities[l.lineNo] ?? '0', 'data-line': l.lineNo,
        onInput: (v) => setQuantities({ ...quantities, [l.lineNo]: v }) }),
      h(Field, { label: `Reason for ${l.name}`, name: fieldOf(l, 'reason'), errors: shown, value: reasons[l.lineNo] || '',
        maxLength: 500, placeholder: 'e.g. too small', 'data-line': l.lineNo,
        onInput: (v) => setReasons({ ...reasons, [l.lineNo]: v }) }))),
    h('button', { type: 'submit', class: 'primary', id: 'request-return-submit', disabled: busy }, 'Request return'));
}

/** Receiving names what happens to every line's units: back on the shelf, or written off. */
function Receive({ rma, lineName, onDone }) {
  const [dispositions, setDispositions] = useState({});
  const [busy, errors, run] = useSubmit();
  const submit = (e) => {
    e.preventDefault();
    run(async () => {
      await post('/api/returns/' + rma.id + '/receive', { lines: rma.lines.map((l) => ({
        lineNo: l.lineNo, disposition: dispositions[l.lineNo] || 'RESTOCK' })) });
      toast(`Return ${rma.number} received`, 'success');
      onDone();
    }, rma.lines.map((_, i) => `lines[${i}].disposition`));
  };
  return h('form', { class: 'receive', 'data-test': 'receive-return', onSubmit: submit },
    rma.lines.map((l, i) => h(Field, { key: l.lineNo, label: `${l.quantity} × ${lineName(l.lineNo)}`,
      name: `disposition-${rma.number}-${l.lineNo}`, type: 'select',
      errors: { [`disposition-${rma.number}-${l.lineNo}`]: errors[`lines[${i}].disposition`] }, value: dispositions[l.lineNo] || 'RESTOCK',
      'data-line': l.lineNo, onInput: (v) => setDispositions({ ...dispositions, [l.lineNo]: v }) },
    h('option', { value: 'RESTOCK' }, 'Back in stock'), h('option', { value: 'WRITE_OFF' }, 'Write off'))),
    h('button', { type: 'submit', class: 'primary', 'data-action': 'return-receive', disabled: busy }, 'Mark received'));
}

function Reject({ rma, onDone }) {
  const [reason, setReason] = useState('');
  const [busy, errors, run] = useSubmit();
  const submit = (e) => {
    e.preventDefault();
    run(async () => {
      await post('/api/returns/' + rma.id + '/reject', { reason: reason.trim() });
      toast(`Return ${rma.number} rejected`, 'success');
      onDone();
    }, ['reason']);
  };
  return h('form', { class: 'inline-form', onSubmit: submit },
    h(Field, { label: 'Reason for rejecting', name: 'reject-' + rma.number, errors: { ['reject-' + rma.number]: errors.reason }, value: reason,
      maxLength: 500, onInput: setReason }),
    h('button', { type: 'submit', class: 'danger', 'data-action': 'return-reject', disabled: busy }, 'Reject'));
}

function Refund({ rma, onDone }) {
  const [shipping, setShipping] = useState(false);
  const [busy, , run] = useSubmit();
  const refund = () => run(async () => {
    // the refund creates a credit note: one key per click, so a retried click refunds once
    await create('/api/returns/' + rma.id + '/refund', { shipping });
    toast(`Return ${rma.number} refunded`, 'success');
    onDone();
  });
  return h('div', { class: 'actions' },
    h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: shipping, 'data-test': 'refund-shipping',
      onChange: (e) => setShipping(e.target.checked) }), ' Also refund the shipping charge'),
    h('button', { type: 'button', class: 'primary', 'data-action': 'return-refund', disabled: busy, onClick: refund }, 'Refund'));
}

function ReturnCard({ rma, order, user, onChange }) {
  const [busy, , run] = useSubmit();
  const staff = STAFF.includes(user.role);
  const lineName = (lineNo) => (order.lines.find((l) => l.lineNo === lineNo) || { name: 'line ' + lineNo }).name;
  const act = (action, done) => run(async () => {
    await post('/api/returns/' + rma.id + '/' + action, {});
    toast(`Return ${rma.number} ${done}`, 'success');
    onChange();
  });
  const open = rma.status === 'REQUESTED' || rma.status === 'APPROVED';
  return h('li', { class: 'card', 'data-test': 'return', 'data-number': rma.number },
    h('p', null, h('strong', null, rma.number), ' ', h(Badge, { value: rma.status }), ' ', h('span', { class: 'muted' }, 'opened ', when(rma.openedAt))),
    h('ul', { class: 'plain' }, rma.lines.map((l) => h('li', { key: l.lineNo },
      `${l.quantity} × ${lineName(l.lineNo)} — ${l.reason}`,
      l.disposition && h('span', { class: 'muted' }, l.disposition === 'RESTOCK' ? ' · back in stock' : ' · written off')))),
    rma.decisionReason && h('p', { class: 'muted' }, 'Rejected: ', rma.decisionReason),
    rma.status === 'REFUNDED' && rma.creditNoteId && h('p', null, 'Refunded with ',
      h('a', { href: '/api/credit-notes/' + rma.creditNoteId + '/pdf', download: '', 'data-test': 'return-credit-note' }, 'its credit note')),
    staff && rma.status === 'REQUESTED' && h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', 'data-action': 'return-approve', disabled: busy, onClick: () => act('approve', 'approved') }, 'Approve')),
    staff && rma.status === 'REQUESTED' && h(Reject, { rma, onDone: onChange }),
    staff && rma.status === 'APPROVED' && h(Receive, { rma, lineName, onDone: onChange }),
    staff && rma.status === 'RECEIVED' && h(Refund, { rma, onDone: onChange }),
    open && user.role !== 'SELLER' && h('div', { class: 'actions' },
      h('button', { type: 'button', 'data-action': 'return-cancel', disabled: busy, onClick: () => act('cancel', 'cancelled') },
        user.role === 'CUSTOMER' ? 'Withdraw return' : 'Cancel return')));
}

/** The order's returns, and for its customer and staff the form that asks for one. */
export function Returns({ order, user, state, onChange }) {
  return h('section', { id: 'returns' }, h('h2', null, 'Returns'),
    h(Loaded, { state, what: 'returns' }, (page) => {
      const returns = page.items;
      const lines = user.role === 'SELLER' ? [] : returnable(order, returns);
      return [
        returns.length === 0 ? h(Empty, null, lines.length ? 'No returns. Delivered items can be sent back below.' : 'No returns.')
          : h('ul', { class: 'cards' }, returns.map((r) => h(ReturnCard, { key: r.id, rma: r, order, user, onChange }))),
        lines.length > 0 && order.status !== 'CANCELLED' && h(RequestReturn, { order, lines, onDone: onChange })];
    }));
}

/** What refunds gave back, each with its PDF. */
export function CreditNotes({ state }) {
  return h('section', { id: 'credit-notes' }, h('h2', null, 'Credit notes'),
    h(Loaded, { state, what: 'credit notes' }, (page) => page.items.length === 0 ? h(Empty, null, 'No credit notes.')
      : h('ul', { class: 'cards' }, page.items.map((n) => h('li', { key: n.id, class: 'card', 'data-test': 'credit-note', 'data-number': n.number },
        h('p', null, h('strong', null, n.number), ' ', money(n.total), ' · ', when(n.issuedAt)),
        n.invoices.length > 0 && h('p', { class: 'muted' }, 'Corrects ', n.invoices.map((i) => i.number).join(', ')),
        n.reason && h('p', { class: 'muted' }, n.reason),
        h('a', { href: '/api/credit-notes/' + n.id + '/pdf', download: n.number + '.pdf' }, 'Download PDF'))))));
}
