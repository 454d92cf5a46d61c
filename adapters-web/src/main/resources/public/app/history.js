// An order's history told in words: each event of the timeline becomes a sentence with its actor, amounts and
// links, and the events of one change (one request: they share a correlationId) make one entry. The same
// component serves every role; the server already cut the payloads to what the reader may see, and
// customers are not told about stock movements.
import { h, money, when, useLoad, Loaded, Empty, describe } from './ui.js';
import { get } from './api.js';
import { NoteForm, notesOf, authorOf } from './notes.js';

const amount = (minor, currency) => (minor === undefined || minor === null || !currency ? '' : money({ amountMinor: minor, currency }));
const words = (code) => String(code || '').replace(/_/g, ' ').toLowerCase();
const plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
const itemsOf = (lines) => (lines || []).map((l) => `${l.quantity} × ${l.name}`).join(', ');

/** Who acted, as the subject of a sentence. */
function who(actor) {
  if (!actor) return 'Conveyor';
  if (actor.you) return 'You';
  if (actor.name) return actor.name;
  return { CUSTOMER: 'The customer', SELLER: 'The seller' }[actor.role] || 'The shop';
}

// How much an event says about a change: the entry leads with the most telling one.
const WEIGHT = {
  'order:created': 9, 'order:cancelled': 9, 'order:edited': 8, 'delivery:status-updated': 8, 'delivery:created': 8,
  'payment:refunded': 7, 'payment:recorded': 7, 'invoice:generated': 6, 'invoice:voided': 6, 'invoice:paid': 5,
  'return:requested': 8, 'return:received': 8, 'return:refunded': 8, 'credit-note:issued': 6,
  'order:confirmed': 4, 'order:updated': 3, 'order:payment-updated': 2, 'order:progress-updated': 2,
};

/**
 * One event as a sentence (an array of strings and elements), or null when it adds nothing for this
 * reader: an order update that only repeats what another event of the change says, say.
 */
function sentence(event, context) {
  const d = event.data || {};
  const subject = who(event.actor);
  switch (event.type) {
    case 'order:created': {
      const o = d.order || {};
      const count = (o.lines || []).reduce((sum, l) => sum + l.quantity, 0);
      const total = amount(o.totalMinor, o.currency);
      return [`${subject} placed the order — ${plural(count, 'item')}${total ? ', ' + total : ''}`];
    }
    case 'order:confirmed':
      return [event.actor ? `${subject} confirmed the order` : 'The order was confirmed when its cancellation window closed'];
    case 'order:cancelled':
      return [`${subject} cancelled the order${d.reason ? ' — ' + d.reason : ''}`];
    case 'order:updated': {
      const status = d.order && d.order.status;
      if (!status || status === d.previousStatus) return context.alone ? [`${subject} updated the order`] : null;
      if (status === 'COMPLETED') return ['The order is completed'];
      if (status === 'CANCELLED') return null; // order:cancelled tells it, with the reason
      return [context.alone ? `${subject} set the order to ${words(status)}` : `The order is now ${words(status)}`];
    }
    case 'order:edited': {
      const changes = (d.lines || []).map((l) => (l.quantityAfter === 0 ? `removed ${l.sku}`
        : l.quantityBefore === 0 ? `added ${l.quantityAfter} × ${l.sku}` : `${l.sku} ${l.quantityBefore} → ${l.quantityAfter}`));
      if (d.shippingAddress) changes.push('a new shipping address');
      if ('shippingMethod' in d) changes.push(d.shippingMethod ? `shipping by ${d.shippingMethod}` : 'no shipping method');
      const t = d.totals;
      const totals = t && t.beforeMinor !== t.afterMinor ? ` (total ${amount(t.beforeMinor, t.currency)} → ${amount(t.afterMinor, t.currency)})` : '';
      return [`${subject} edited the order: ${changes.join(', ')}${totals}`];
    }
    case 'order:progress-updated':
      return [`The order is ${words(d.fulfillmentStatus)}${d.progress > 0 && d.progress < 100 ? ` (${d.progress}% delivered)` : ''}`];
    case 'order:payment-updated': {
      const status = d.order && d.order.paymentStatus;
      return status && status !== d.previousPaymentStatus ? [`The order is now ${words(status)}`] : null;
    }
    case 'order:inventory-reduced':
    case 'order:inventory-restored': {
      if (context.role === 'CUSTOMER') return null;
      const units = (d.affectedProducts || []).reduce((sum, p) => sum + p.quantity, 0);
      return [`Stock ${event.type.endsWith('reduced') ? 'taken' : 'put back'}: ${plural(units, 'unit')}`];
    }
    case 'delivery:created': {
      const dl = d.delivery || {};
      return [`${subject} prepared delivery ${dl.number} — ${itemsOf(dl.lines)}`];
    }
    case 'delivery:status-updated': {
      const items = itemsOf(context.deliveryLines[d.deliveryId]);
      const what = items ? `${items} (${d.deliveryNumber})` : d.deliveryNumber;
      const tracking = d.carrier ? ` with ${d.carrier}${d.trackingNumber ? ', tracking ' + d.trackingNumber : ''}` : '';
      switch (d.status) {
        case 'SHIPPED': return [`${subject} shipped ${what}${tracking}`];
        case 'DELIVERED': return [`${subject} marked ${what} delivered`];
        case 'FAILED': return [`Delivery ${d.deliveryNumber} failed; its items are to be sent again`];
        case 'CANCELLED': return [`${subject} cancelled delivery ${d.deliveryNumber}`];
        default: return [`Delivery ${d.deliveryNumber} is ${words(d.status)}`];
      }
    }
    case 'invoice:generated': {
      const i = d.invoice || {};
      return [`${subject} issued invoice `, h('a', { href: '/api/invoices/' + i.id + '/pdf', download: i.number + '.pdf' }, i.number),
        ` for ${amount(i.totalMinor, i.currency)}${d.delivery ? ' (delivery ' + d.delivery.number + ')' : ''}`];
    }
    case 'invoice:paid':
      return [`Invoice ${d.invoiceNumber} is paid (${amount(d.amountPaidMinor, d.currency)})`];
    case 'invoice:voided':
      return [`Invoice ${d.invoiceNumber} was voided`];
    case 'payment:recorded':
      return [`${subject} recorded a payment of ${amount(d.amountMinor, d.currency)}${d.method ? ' by ' + words(d.method) : ''}`];
    case 'payment:refunded':
      return [`${subject} refunded ${amount(d.amountMinor, d.currency)}`];
    case 'payment:failed':
      return [`A card payment of ${amount(d.amountMinor, d.currency)} failed${d.message ? ' — ' + d.message : ''}`];
    case 'return:requested': {
      const r = d.return || {};
      const units = (r.lines || []).reduce((sum, l) => sum + l.quantity, 0);
      return [`${subject} asked to return ${plural(units, 'item')} (${r.number})`];
    }
    case 'return:approved':
    case 'return:rejected':
    case 'return:received':
    case 'return:refunded':
    case 'return:cancelled':
      return [`${subject} ${event.type.slice('return:'.length)} return ${(d.return || {}).number}`];
    case 'credit-note:issued': {
      const n = d.creditNote || {};
      const total = amount(n.totalMinor, n.currency);
      return [`${subject} issued credit note `, h('a', { href: '/api/credit-notes/' + n.id + '/pdf', download: n.number + '.pdf' }, n.number),
        total ? ` for ${total}` : ''];
    }
    case 'order:shipped':
    case 'order:delivered':
    case 'order:completed':
      return null; // milestones for integrators: delivery:status-updated and order:updated tell them here
    default:
      return [`${subject}: ${words(event.type.replace(':', ' ').replace(/-/g, ' '))}`];
  }
}

/** Consecutive events of one change (same correlationId) as one group; events without one stand alone. */
function groups(events) {
  const result = [];
  for (const event of events) {
    const last = result[result.length - 1];
    if (last && event.correlationId && last[0].correlationId === event.correlationId) last.push(event);
    else result.push([event]);
  }
  return result;
}

/** The timeline's entries for one reader: [{key, at, lead, more}], oldest first. */
export function historyEntries(events, role) {
  const deliveryLines = {};
  events.filter((e) => e.type === 'delivery:created' && e.data && e.data.delivery)
    .forEach((e) => { deliveryLines[e.data.delivery.id] = e.data.delivery.lines; });
  return groups(events).map((group) => {
    const context = { role, deliveryLines, alone: group.length === 1 };
    const told = group.map((event) => ({ event, text: sentence(event, context) })).filter((t) => t.text);
    if (told.length === 0) return null;
    const lead = told.reduce((best, t) => ((WEIGHT[t.event.type] || 0) > (WEIGHT[best.event.type] || 0) ? t : best));
    return { key: group[0].id || group[0].position, at: group[0].occurredAt, lead: lead.text,
      more: told.filter((t) => t !== lead).map((t) => t.text) };
  }).filter(Boolean);
}

const STAFF = ['STAFF', 'ADMIN'];

/** Staff notes as entries of the history, so that they read in time beside what happened. */
const noteEntries = (notes) => notes.map((n) => ({ key: n.id, at: n.createdAt, note: true,
  lead: [`${authorOf(n)} noted: `, h('q', null, n.body)], more: [] }));

export function History({ orderId, version, role }) {
  const staff = STAFF.includes(role);
  const state = useLoad(() => get('/api/orders/' + orderId + '/timeline'), [orderId, version]);
  const notes = useLoad(() => (staff ? notesOf('/api/orders/' + orderId) : Promise.resolve({ items: [] })), [orderId]);
  return h('section', { id: 'timeline' }, h('h2', null, 'History'),
    state.error ? h('p', { class: 'muted' }, state.error.status === 404 ? 'The history is not available on this server.' : describe(state.error))
      : h(Loaded, { state, what: 'the history' }, (events) => {
        const entries = historyEntries(Array.isArray(events) ? events : [], role)
          .concat(noteEntries(notes.data ? notes.data.items : []))
          .sort((a, b) => new Date(a.at) - new Date(b.at));
        return entries.length === 0 ? h(Empty, null, 'Nothing has happened to this order yet.')
          : h('ol', { class: 'history' }, entries.map((e) => h('li', { key: e.key, 'data-test': e.note ? 'history-note' : 'history-entry',
            class: e.note ? 'note' : undefined },
            h('p', { class: 'history-lead' }, e.lead),
            e.more.length > 0 && h('ul', { class: 'history-more' }, e.more.map((text, i) => h('li', { key: i }, text))),
            h('time', { datetime: e.at }, when(e.at)))));
      }),
    staff && h(NoteForm, { path: '/api/orders/' + orderId, onAdded: notes.reload }));
}
