// Orders: the customer's list, the confirmation with its cancellation countdown, and the order page that
// every role shares (customers see their order, sellers their lines, staff and admins get the actions the
// state machine allows).
import { useEffect, useRef, useState } from 'preact/hooks';
import { h, money, when, toast, useLoad, Loaded, Empty, Field, useSubmit, Pager, Badge, Progress, go, describe, cartChanged } from './ui.js';
import { get, post, patch, create, request, newKey, query, serverNow, isOwnChange } from './api.js';
import { onLiveEvent } from './live.js';
import { History } from './history.js';
import { PriceTable } from './price.js';
import { Returns, CreditNotes } from './returns.js';
import { RefundForm, CancelRemainder } from './adjust.js';
import { paymentOptions, PayByCard } from './card.js';

const STAFF = ['STAFF', 'ADMIN'];
const ORDER_STATUSES = ['PENDING', 'CONFIRMED', 'PROCESSING', 'COMPLETED', 'CANCELLED'];

/**
 * Reloads when a live event concerns this order (or the connection asks for a resync). One change often
 * brings several events (a delivery: created, progress, inventory): they make one reload and one toast.
 */
export function useLiveOrder(orderId, reload, announce) {
  useEffect(() => {
    let timer = null;
    let first = null;
    const flush = () => {
      timer = null;
      reload();
      if (announce && first && first.type !== 'resync' && !isOwnChange(first.correlationId)) announce(first);
      first = null;
    };
    const off = onLiveEvent((event) => {
      const data = event.data || {};
      // return and credit-note events carry their order inside their aggregate
      const about = data.orderId || (data.return && data.return.orderId) || (data.creditNote && data.creditNote.orderId);
      if (event.type !== 'resync' && orderId !== undefined && about !== orderId) return;
      if (!first) first = event;
      if (!timer) timer = setTimeout(flush, 200);
    });
    return () => { off(); clearTimeout(timer); };
  }, [orderId]);
}

const EVENT_TEXT = {
  'order:confirmed': 'Order confirmed', 'order:cancelled': 'Order cancelled', 'order:updated': 'Order updated',
  'order:edited': 'Order edited',
  'order:progress-updated': 'Delivery progress updated', 'order:payment-updated': 'Payment status updated',
  'delivery:created': 'Delivery created', 'delivery:status-updated': 'Delivery status changed',
  'invoice:generated': 'Invoice issued', 'invoice:paid': 'Invoice paid', 'payment:recorded': 'Payment recorded',
  'payment:refunded': 'Refund recorded', 'credit-note:issued': 'Credit note issued',
  'return:requested': 'Return requested', 'return:approved': 'Return approved', 'return:rejected': 'Return rejected',
  'return:received': 'Return received', 'return:refunded': 'Return refunded', 'return:cancelled': 'Return cancelled',
};

/** A live event as a short sentence for a toast. */
function eventText(event) {
  return EVENT_TEXT[event.type] || event.type.replace(':', ' ').replace(/-/g, ' ');
}

function useCountdown(until) {
  const [now, setNow] = useState(serverNow());
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), 500);
    return () => clearInterval(timer);
  }, []);
  return until ? Math.max(0, Math.ceil((new Date(until).getTime() - now) / 1000)) : 0;
}

function CancelButton({ order, onDone, label = 'Cancel order' }) {
  const [busy, , run] = useSubmit();
  const cancel = () => run(async () => {
    const updated = await post('/api/orders/' + order.id + '/cancel', { reason: 'cancelled in the web shop' });
    toast(`Order ${updated.number} cancelled`, 'success');
    onDone(updated);
  });
  return h('button', { type: 'button', class: 'danger', id: 'cancel-order', disabled: busy, onClick: cancel }, label);
}

function Countdown({ order, onDone }) {
  const seconds = useCountdown(order.cancellableUntil);
  if (order.status !== 'PENDING' || seconds <= 0) return null;
  return h('div', { class: 'countdown', id: 'countdown' },
    h('p', null, 'You can still cancel this order for ', h('strong', { 'aria-live': 'off' }, `${seconds} s`), '.'),
    h(CancelButton, { order, onDone }));
}

export function ConfirmationPage({ params }) {
  const state = useLoad(() => get('/api/orders/' + params.id), [params.id]);
  useLiveOrder(params.id, state.reload);
  return h(Loaded, { state, what: 'your order' }, (order) => h('section', { class: 'confirmation' },
    h('h1', null, 'Thank you for your order'),
    h('p', { class: 'lead' }, 'Order ', h('strong', { id: 'order-number' }, order.number), ' is ', h(Badge, { value: order.status }),
      ' — total ', money(order.total), '.'),
    h(Countdown, { order, onDone: state.setData }),
    h('p', null, h('a', { href: '#/orders/' + order.id, id: 'view-order' }, 'Follow your order'), ' · ',
      h('a', { href: '#/orders' }, 'All my orders'), ' · ', h('a', { href: '#/' }, 'Keep shopping'))));
}

export function OrderRow({ order, showCustomer, selection }) {
  return h('tr', { 'data-test': 'order-row', 'data-number': order.number },
    selection && h('td', { 'data-label': 'Select', class: 'select' }, h('input', { type: 'checkbox', 'data-test': 'select-order',
      'aria-label': 'Select ' + order.number, checked: selection.selected.has(order.id), onChange: () => selection.toggle(order.id) })),
    h('td', { 'data-label': 'Order' }, h('a', { href: '#/orders/' + order.id }, order.number)),
    showCustomer && h('td', { 'data-label': 'Customer', 'data-test': 'order-customer' }, h(Customer, { customer: order.customer })),
    h('td', { 'data-label': 'Placed' }, when(order.placedAt)),
    h('td', { 'data-label': 'Status' }, h(Badge, { value: order.status })),
    h('td', { 'data-label': 'Fulfilment' }, h(Badge, { value: order.fulfillmentStatus })),
    h('td', { 'data-label': 'Payment' }, h(Badge, { value: order.paymentStatus })),
    h('td', { 'data-label': 'Total', class: 'num' }, money(order.total)));
}

// The admin list's items carry the account that placed the order: the shipping name may be anyone's.
function Customer({ customer }) {
  if (!customer?.email) return h('span', { class: 'muted' }, 'Deleted account');
  return [customer.email, customer.name && h('div', { class: 'muted' }, customer.name)];
}

/** @param selection optional: a checkbox per row and one for the page (bulk.js's useSelection) */
export function OrdersTable({ items, showCustomer, selection }) {
  const ids = items.map((o) => o.id);
  return h('table', { class: 'orders' },
    h('thead', null, h('tr', null,
      selection && h('th', { scope: 'col', class: 'select' }, h('input', { type: 'checkbox', id: 'select-page', 'aria-label': 'Select every order of the page',
        checked: ids.length > 0 && ids.every((id) => selection.selected.has(id)), onChange: () => selection.toggleAll(ids) })),
      ['Order', showCustomer && 'Customer', 'Placed', 'Status', 'Fulfilment', 'Payment', 'Total']
        .filter(Boolean).map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, items.map((o) => h(OrderRow, { key: o.id, order: o, showCustomer, selection }))));
}

export function MyOrders() {
  const [view, setView] = useState('current');
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(0);
  const state = useLoad(() => get('/api/orders' + query({ view, status, page, size: 10 })), [view, status, page]);
  useLiveOrder(undefined, state.reload);
  const tab = (name, label) => h('button', { type: 'button', role: 'tab', id: 'tab-' + name, 'aria-selected': view === name,
    class: view === name ? 'tab active' : 'tab', onClick: () => { setView(name); setPage(0); } }, label);
  return h('section', null, h('h1', null, 'My orders'),
    h('div', { class: 'tabs', role: 'tablist' }, tab('current', 'Current'), tab('history', 'History'), tab('all', 'All')),
    h('div', { class: 'filters' }, h(Field, { label: 'Status', name: 'status', type: 'select', value: status,
      onInput: (v) => { setStatus(v); setPage(0); } }, h('option', { value: '' }, 'Any'), ORDER_STATUSES.map((s) => h('option', { value: s }, s)))),
    h(Loaded, { state, what: 'your orders' }, (result) => result.items.length === 0
      ? h(Empty, null, view === 'current' && !status ? 'You have no open orders. ' : 'No orders here. ',
        h('a', { href: '#/' }, 'Browse the shop'), view === 'current' ? ' or look at your order history.' : '.')
      : [h(OrdersTable, { items: result.items }), h(Pager, { page: result.page, size: result.size, total: result.total, onPage: setPage })]));
}

// --- the order page ------------------------------------------------------------------------------------------
function Axes({ order }) {
  return h('dl', { class: 'axes' },
    h('div', null, h('dt', null, 'Status'), h('dd', { id: 'order-status' }, h(Badge, { value: order.status }))),
    h('div', null, h('dt', null, 'Fulfilment'), h('dd', { id: 'fulfilment-status' }, h(Badge, { value: order.fulfillmentStatus }))),
    h('div', null, h('dt', null, 'Payment'), h('dd', { id: 'payment-status' }, h(Badge, { value: order.paymentStatus }))));
}

function Lines({ order }) {
  return h('table', { class: 'lines', id: 'order-lines' },
    h('thead', null, h('tr', null, ['#', 'Product', 'Price', 'Qty', 'Shipped', 'Delivered', 'Cancelled', 'Stage'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, order.lines.map((l) => h('tr', { key: l.lineNo, 'data-test': 'order-line' },
      h('td', { 'data-label': '#' }, l.lineNo), h('td', { 'data-label': 'Product' }, l.name, h('small', { class: 'muted' }, ' ' + l.sku)),
      h('td', { 'data-label': 'Price' }, money(l.unitPrice)), h('td', { 'data-label': 'Qty' }, l.quantity),
      h('td', { 'data-label': 'Shipped' }, l.shipped), h('td', { 'data-label': 'Delivered' }, l.delivered),
      h('td', { 'data-label': 'Cancelled' }, l.cancelled),
      h('td', { 'data-label': 'Stage', 'data-test': 'line-stage' }, h(Badge, { value: l.stage }))))));
}

/** `only`: the line a seller chose to ship from their list; the form then proposes that line alone. */
function NewDelivery({ order, onDone, only }) {
  const remaining = useLoad(() => get('/api/orders/' + order.id + '/remaining'), [order.version]);
  const [quantities, setQuantities] = useState({});
  const [chosen, setChosen] = useState(only);
  const proposed = (l) => (chosen === undefined || chosen === l.lineNo ? l.remaining : 0);
  const focused = useRef(false); // once: a live reload must not pull the focus back while the seller types
  useEffect(() => {
    if (chosen === undefined || focused.current || !remaining.data) return;
    const field = document.querySelector(`#new-delivery input[data-line='${chosen}']`);
    if (field) { field.scrollIntoView({ block: 'center' }); field.focus(); focused.current = true; }
  }, [remaining.data]);
  const [shipping, setShipping] = useState({});
  const [busy, errors, run] = useSubmit();
  return h(Loaded, { state: remaining, what: 'what remains' }, (r) => {
    const open = r.lines.filter((l) => l.remaining > 0);
    if (open.length === 0) return null;
    const submit = (e) => {
      e.preventDefault();
      const lines = open.map((l) => ({ lineNo: l.lineNo, quantity: Number(quantities[l.lineNo] ?? proposed(l)) }))
        .filter((l) => l.quantity > 0);
      run(async () => {
        const delivery = await create('/api/orders/' + order.id + '/deliveries', { lines,
          carrier: shipping.carrier || null, trackingNumber: shipping.trackingNumber || null });
        toast(`Delivery ${delivery.number} created`, 'success');
        setQuantities({});
        setShipping({});
        setChosen(undefined);
        onDone();
      }, open.map((_, i) => `lines[${i}].quantity`));
    };
    return h('form', { class: 'panel', id: 'new-delivery', onSubmit: submit }, h('h3', null, 'Create a delivery'),
      open.map((l, i) => h(Field, { key: l.lineNo, label: `${l.name} (remaining ${l.remaining})`, name: `lines[${i}].quantity`,
        type: 'number', min: 0, max: l.remaining, errors, value: quantities[l.lineNo] ?? String(proposed(l)),
        onInput: (v) => setQuantities({ ...quantities, [l.lineNo]: v }), 'data-line': l.lineNo })),
      h(ShippingFields, { id: 'new', values: shipping, onInput: setShipping }),
      h('button', { type: 'submit', class: 'primary', id: 'create-delivery', disabled: busy }, 'Create delivery'));
  });
}

/** Carrier and tracking number, given when a delivery leaves (or later); both optional. */
function ShippingFields({ id, values, onInput }) {
  return h('div', { class: 'shipping-fields' },
    h(Field, { label: 'Carrier', name: 'carrier-' + id, value: values.carrier || '', placeholder: 'e.g. DHL',
      onInput: (v) => onInput({ ...values, carrier: v }) }),
    h(Field, { label: 'Tracking number', name: 'tracking-' + id, value: values.trackingNumber || '',
      onInput: (v) => onInput({ ...values, trackingNumber: v }) }));
}

function DeliveryCard({ d, user, invoiced, invoices, onChange }) {
  const [shipping, setShipping] = useState({});
  const [busy, , run] = useSubmit();
  const staff = STAFF.includes(user.role);
  const setStatus = (status) => run(async () => {
    const given = status === 'SHIPPED' || status === 'DELIVERED'
      ? { carrier: shipping.carrier || null, trackingNumber: shipping.trackingNumber || null } : {};
    await patch('/api/deliveries/' + d.id + '/status', { status, ...given });
    toast(`Delivery ${d.number}: ${status.toLowerCase()}`, 'success');
    onChange();
  });
  const invoice = () => run(async () => {
    const created = await create('/api/deliveries/' + d.id + '/invoice', {});
    toast(`Invoice ${created.number} generated`, 'success');
    onChange();
  });
  const asksShipping = user.role !== 'CUSTOMER' && d.allowedTransitions.includes('SHIPPED') && !d.carrier;
  return h('li', { class: 'card', 'data-test': 'delivery', 'data-number': d.number },
    h('p', null, h('strong', null, d.number), ' ', h(Badge, { value: d.status })),
    d.carrier && h('p', { 'data-test': 'tracking' }, `${d.carrier}${d.trackingNumber ? ' · tracking ' + d.trackingNumber : ''}`),
    h('p', { class: 'muted' }, d.lines.map((l) => `${l.quantity} × ${l.name}`).join(', ')),
    asksShipping && h(ShippingFields, { id: d.id, values: shipping, onInput: setShipping }),
    user.role !== 'CUSTOMER' && h('div', { class: 'actions' },
      d.allowedTransitions.map((s) => h('button', { type: 'button', disabled: busy, 'data-action': 'delivery-' + s,
        onClick: () => setStatus(s) }, 'Mark ' + s.toLowerCase())),
      staff && d.status === 'DELIVERED' && !invoiced.has(d.id) && invoices.data && h('button', { type: 'button', disabled: busy, 'data-action': 'invoice',
        onClick: invoice }, 'Generate invoice')));
}

function Deliveries({ order, user, state, invoices, onChange, only }) {
  const invoiced = new Set((invoices.data?.items || []).filter((i) => i.status !== 'VOID').map((i) => i.deliveryId));
  return h('section', { id: 'deliveries' }, h('h2', null, 'Deliveries'),
    h(Loaded, { state, what: 'deliveries' }, (page) => page.items.length === 0 ? h(Empty, null, 'Nothing shipped yet.')
      : h('ul', { class: 'cards' }, page.items.map((d) => h(DeliveryCard, { key: d.id, d, user, invoiced, invoices, onChange })))),
    user.role !== 'CUSTOMER' && !['CANCELLED', 'COMPLETED', 'PENDING'].includes(order.status)
      && h(NewDelivery, { order, onDone: onChange, only }));
}

function Invoices({ state }) {
  return h('section', { id: 'invoices' }, h('h2', null, 'Invoices'),
    h(Loaded, { state, what: 'invoices' }, (page) => page.items.length === 0 ? h(Empty, null, 'No invoices yet.')
      : h('ul', { class: 'cards' }, page.items.map((i) => h('li', { key: i.id, class: 'card', 'data-test': 'invoice' },
        h('p', null, h('strong', null, i.number), ' ', h(Badge, { value: i.status }), ' ', money(i.total),
          i.outstanding.amountMinor > 0 ? ` · ${money(i.outstanding)} outstanding` : ''),
        h('a', { href: '/api/invoices/' + i.id + '/pdf', download: i.number + '.pdf' }, 'Download PDF'))))));
}

function RecordPayment({ order, invoices, onDone }) {
  const open = (invoices.data?.items || []).filter((i) => i.outstanding.amountMinor > 0);
  const [invoiceId, setInvoiceId] = useState('');
  const [method, setMethod] = useState('BANK_TRANSFER');
  const [amount, setAmount] = useState('');
  const [busy, errors, run] = useSubmit();
  const chosen = open.find((i) => i.id === invoiceId) || open[0];
  const shown = amount !== '' ? amount : chosen ? (chosen.outstanding.amountMinor / 100).toFixed(2) : '';
  const submit = (e) => {
    e.preventDefault();
    run(async () => {
      await create('/api/orders/' + order.id + '/payments', { method, invoiceId: chosen ? chosen.id : null,
        amount: { amountMinor: Math.round(Number(shown) * 100), currency: order.total.currency } });
      toast('Payment recorded', 'success');
      setAmount('');
      onDone();
    }, ['method', 'amount', 'invoiceId']);
  };
  return h('form', { class: 'panel', id: 'record-payment', onSubmit: submit }, h('h3', null, 'Record a payment'),
    h(Field, { label: 'Invoice', name: 'invoiceId', type: 'select', value: chosen ? chosen.id : '', onInput: (v) => { setInvoiceId(v); setAmount(''); }, errors },
      open.map((i) => h('option', { value: i.id }, `${i.number} (${money(i.outstanding)} outstanding)`)),
      h('option', { value: '' }, 'Advance on the order')),
    h(Field, { label: 'Method', name: 'method', type: 'select', value: method, onInput: setMethod, errors },
      ['BANK_TRANSFER', 'CASH', 'CASH_ON_DELIVERY'].map((m) => h('option', { value: m }, m.replace(/_/g, ' ').toLowerCase()))),
    h(Field, { label: `Amount (${order.total.currency})`, name: 'amount', type: 'number', step: '0.01', min: '0.01', value: shown, onInput: setAmount, errors }),
    h('button', { type: 'submit', class: 'primary', id: 'record-payment-submit', disabled: busy }, 'Record payment'));
}

function Payments({ order, user, state, invoices, onChange, payByCard }) {
  const [busy, , run] = useSubmit();
  const staff = STAFF.includes(user.role);
  const refund = (p) => run(async () => {
    await create('/api/payments/' + p.id + '/refunds', { reason: 'refunded from the back office' });
    toast('Refund recorded', 'success');
    onChange();
  });
  return h('section', { id: 'payments' }, h('h2', null, 'Payments'), payByCard,
    h(Loaded, { state, what: 'payments' }, (ledger) => [
      h('p', null, 'Due ', money(ledger.due), ' · paid ', money(ledger.paid), ' · refunded ', money(ledger.refunded),
        ' · balance ', h('strong', { id: 'balance' }, money(ledger.balance))),
      ledger.entries.length === 0 ? h(Empty, null, 'No payments yet.')
        : h('ul', { class: 'cards' }, ledger.entries.map((p) => h('li', { key: p.id, class: 'card', 'data-test': 'payment' },
          h('p', null, h(Badge, { value: p.kind }), ' ', money(p.amount), ' · ', (p.method || '').replace(/_/g, ' ').toLowerCase(), ' · ', when(p.recordedAt)),
          staff && p.refundable && p.refundable.amountMinor > 0 && h('button', { type: 'button', disabled: busy, onClick: () => refund(p) }, 'Refund'))))]),
    staff && !['CANCELLED'].includes(order.status) && order.paymentStatus !== 'PAID'
      && h(RecordPayment, { order, invoices, onDone: onChange }),
    staff && state.data && h(RefundForm, { order, ledger: state.data, onDone: onChange }));
}

/** For staff: who placed the order and how to reach them. */
function CustomerContact({ customerId }) {
  const state = useLoad(() => get('/api/admin/customers/' + customerId), [customerId]);
  if (state.error) {
    return h('p', { class: 'muted', id: 'customer-contact' }, state.error.status === 404 ? 'Customer: deleted account' : describe(state.error));
  }
  if (!state.data) return null;
  const c = state.data;
  return h('p', { id: 'customer-contact' }, 'Customer: ', c.name ? h('strong', null, c.name) : null, c.name ? ' · ' : '',
    h('a', { href: 'mailto:' + c.email, 'data-test': 'customer-email' }, c.email),
    c.phone && [' · ', h('a', { href: 'tel:' + c.phone.replace(/[^0-9+]/g, ''), 'data-test': 'customer-phone' }, c.phone)],
    ' · ', h('a', { href: '#/admin/customers/' + customerId, id: 'customer-page-link' }, 'Customer page'));
}

function StaffActions({ order, onChange }) {
  const [busy, , run] = useSubmit();
  const change = (status) => run(async () => {
    const updated = await patch('/api/orders/' + order.id + '/status', { status, reason: status === 'CANCELLED' ? 'cancelled by staff' : null });
    toast(`Order ${updated.number}: ${updated.status.toLowerCase()}`, 'success');
    onChange();
  });
  if (order.allowedTransitions.length === 0) return null;
  return h('div', { class: 'actions', id: 'order-actions' }, order.allowedTransitions.map((s) => h('button', {
    type: 'button', class: s === 'CANCELLED' ? 'danger' : '', disabled: busy, 'data-action': 'status-' + s,
    onClick: () => {
      if (s === 'CANCELLED' && !window.confirm('Cancel this order? Reserved stock is released and payments are refunded.')) return;
      change(s);
    } }, s === 'CANCELLED' ? 'Cancel and refund' : 'Set ' + s.toLowerCase())));
}

/**
 * For staff, before anything ships: new quantities and lines to remove, sent as one edit with the version this
 * page shows (If-Match), so an edit never applies to an order someone changed meanwhile (409: reload).
 */
function EditOrder({ order, onDone }) {
  const [quantities, setQuantities] = useState({});
  const [removed, setRemoved] = useState({});
  const [busy, errors, run] = useSubmit();
  if (!['PENDING', 'CONFIRMED', 'PROCESSING'].includes(order.status) || order.partial) return null;
  const changes = () => order.lines.flatMap((l) => {
    if (removed[l.lineNo]) return [{ type: 'REMOVE_LINE', lineNo: l.lineNo }];
    const q = quantities[l.lineNo];
    return q !== undefined && Number(q) !== l.quantity ? [{ type: 'SET_QUANTITY', lineNo: l.lineNo, quantity: Number(q) }] : [];
  });
  const submit = (e) => {
    e.preventDefault();
    const list = changes();
    if (list.length === 0) return;
    run(async () => {
      const edited = await request('POST', '/api/orders/' + order.id + '/edits', { changes: list },
        { key: newKey(), headers: { 'If-Match': `"${order.version}"` } });
      toast(edited.refundable.amountMinor > 0 ? `Order edited: ${money(edited.refundable)} may be refunded`
        : edited.balanceDue.amountMinor > 0 ? `Order edited: ${money(edited.balanceDue)} due` : 'Order edited', 'success');
      setQuantities({});
      setRemoved({});
      onDone();
    }); // a refusal names a change, not a field of this form: it is told as a toast
  };
  return h('form', { class: 'panel', id: 'edit-order', onSubmit: submit }, h('h3', null, 'Edit order'),
    order.lines.map((l) => h('div', { key: l.lineNo, class: 'edit-line', 'data-line': l.lineNo },
      h(Field, { label: `${l.name} (shipped ${l.shipped}, cancelled ${l.cancelled})`, name: `line-${l.lineNo}`, type: 'number',
        min: 1, errors, value: quantities[l.lineNo] ?? String(l.quantity), disabled: !!removed[l.lineNo],
        onInput: (v) => setQuantities({ ...quantities, [l.lineNo]: v }) }),
      l.shipped === 0 && h('label', null, h('input', { type: 'checkbox', checked: !!removed[l.lineNo], 'data-test': 'remove-line',
        onChange: (e) => setRemoved({ ...removed, [l.lineNo]: e.currentTarget.checked }) }), ' Remove'))),
    h('button', { type: 'submit', class: 'primary', id: 'edit-order-submit', disabled: busy }, 'Save changes'));
}

export function OrderPage({ user, params, query: search }) {
  const id = params.id;
  const ship = Number(search.get('ship')) || undefined; // a line to ship, chosen in the seller's list
  const order = useLoad(() => get('/api/orders/' + id), [id]);
  const deliveries = useLoad(() => get('/api/orders/' + id + '/deliveries?size=100'), [id]);
  // invoices and payments are the customer's and the back office's business, not a seller's
  const seesMoney = user.role !== 'SELLER';
  const invoices = useLoad(() => (seesMoney ? get('/api/orders/' + id + '/invoices?size=100') : Promise.resolve({ items: [] })), [id]);
  const payments = useLoad(() => (seesMoney ? get('/api/orders/' + id + '/payments') : Promise.resolve(null)), [id]);
  const returns = useLoad(() => get('/api/orders/' + id + '/returns?size=100'), [id]);
  const options = useLoad(() => (user.role === 'CUSTOMER' ? paymentOptions().catch(() => null) : Promise.resolve(null)), []);
  const creditNotes = useLoad(() => (seesMoney ? get('/api/orders/' + id + '/credit-notes?size=100') : Promise.resolve({ items: [] })), [id]);
  const reloadAll = () => {
    order.reload(); deliveries.reload(); invoices.reload(); payments.reload(); returns.reload(); creditNotes.reload();
  };
  useLiveOrder(id, reloadAll, (event) => toast(eventText(event)));
  const [busy, , run] = useSubmit();
  const reorder = () => run(async () => {
    const result = await post('/api/orders/' + id + '/reorder', {});
    cartChanged();
    const notAdded = result.notAdded || [];
    toast(notAdded.length ? `${result.added.length} lines added, ${notAdded.length} not available` : 'Items added to your cart', 'success');
    go('/cart');
  });
  const back = user.role === 'CUSTOMER' ? '/orders' : user.role === 'SELLER' ? '/seller' : '/admin/orders';
  return h(Loaded, { state: order, what: 'the order' }, (o) => h('section', { class: 'order', 'data-version': o.version },
    h('p', null, h('a', { href: '#' + back }, '‹ Back')),
    h('header', { class: 'order-head' },
      h('h1', null, 'Order ', h('span', { id: 'order-number' }, o.number)),
      h('p', { class: 'muted' }, 'Placed ', when(o.placedAt), ' · total ', h('strong', null, money(o.total)), o.partial ? ' (your lines)' : '',
        o.balanceDue && o.balanceDue.amountMinor > 0 ? [' · ', h('span', { id: 'balance-due' }, money(o.balanceDue), ' due')] : '',
        o.refundable && o.refundable.amountMinor > 0 ? [' · ', h('span', { id: 'refundable' }, money(o.refundable), ' refundable')] : '')),
    STAFF.includes(user.role) && h(CustomerContact, { customerId: o.customerId }),
    h(Axes, { order: o }),
    h(Progress, { value: o.progress }),
    user.role === 'CUSTOMER' && h(Countdown, { order: o, onDone: () => reloadAll() }),
    STAFF.includes(user.role) && h(StaffActions, { order: o, onChange: reloadAll }),
    h(Lines, { order: o }),
    STAFF.includes(user.role) && h(EditOrder, { order: o, onDone: reloadAll }),
    STAFF.includes(user.role) && h(CancelRemainder, { order: o, onDone: reloadAll }),
    o.price && h(PriceTable, { price: o.price, id: 'order-price', caption: o.partial ? 'Price of your lines' : 'Price' }),
    o.shippingAddress && h('p', { class: 'muted' }, 'Ship to: ', [o.shippingAddress.name, o.shippingAddress.line1, o.shippingAddress.line2,
      o.shippingAddress.postalCode + ' ' + o.shippingAddress.city, o.shippingAddress.country].filter(Boolean).join(', ')),
    o.notes && h('p', { class: 'muted' }, 'Notes: ', o.notes),
    o.cancellationReason && h('p', { class: 'muted' }, 'Cancelled: ', o.cancellationReason),
    h('div', { class: 'columns' },
      h(Deliveries, { order: o, user, state: deliveries, invoices, onChange: reloadAll, only: ship }),
      seesMoney && h(Invoices, { state: invoices }),
      seesMoney && h(Payments, { order: o, user, state: payments, invoices, onChange: reloadAll,
        payByCard: user.role === 'CUSTOMER' && options.data && h(PayByCard, { order: o, options: options.data, onDone: reloadAll }) })),
    h('div', { class: 'columns' },
      h(Returns, { order: o, user, state: returns, onChange: reloadAll }),
      seesMoney && h(CreditNotes, { state: creditNotes })),
    h(History, { orderId: id, version: o.version, role: user.role }),
    user.role === 'CUSTOMER' && h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'reorder', disabled: busy, onClick: reorder }, 'Order again'))));
}
