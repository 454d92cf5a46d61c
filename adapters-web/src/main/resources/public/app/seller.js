// The seller's view: their stats and the orders holding their products, each with only their lines, the
// stage those lines are at, and what the seller can do next.
import { useState } from 'preact/hooks';
import { h, money, when, useLoad, Loaded, Empty, Field, Pager, Badge } from './ui.js';
import { get, query } from './api.js';
import { useLiveOrder } from './orders.js';

const STAGES = ['PENDING', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED'];

/** The seller's stage of an order: that of their least advanced line still expected (each line's from the server). */
export function sellerStage(order) {
  const stages = order.lines.map((l) => l.stage).filter((s) => s !== 'CANCELLED');
  if (stages.length === 0) return 'CANCELLED';
  return STAGES[Math.min(...stages.map((s) => STAGES.indexOf(s)))];
}

/** Units of a line not yet shipped nor cancelled, once the order may be shipped at all. */
export function unitsToShip(order, line) {
  const open = order.status === 'CONFIRMED' || order.status === 'PROCESSING';
  return open ? line.quantity - line.cancelled - line.shipped : 0;
}

/** One of the seller's lines: what, its own stage, and the step open to the seller on it. */
function SellerLine({ order, line }) {
  const toShip = unitsToShip(order, line);
  return h('li', { 'data-test': 'seller-line', 'data-line': line.lineNo },
    h('span', null, `${line.quantity} × ${line.name} `, h('small', { class: 'muted' }, line.sku)), ' ',
    h(Badge, { value: line.stage }),
    toShip > 0 && h('a', { class: 'button small', href: `#/orders/${order.id}?ship=${line.lineNo}`, 'data-action': 'ship-line',
      'aria-label': `Ship ${toShip} × ${line.name} of ${order.number}` }, `Ship ${toShip}`));
}

function SellerOrders({ items }) {
  return h('table', { class: 'seller-orders' },
    h('thead', null, h('tr', null, ['Order', 'Customer', 'Placed', 'Your items', 'Your stage', 'Your total', ''].map((t, i) =>
      h('th', { scope: 'col', key: i }, t || h('span', { class: 'visually-hidden' }, 'Actions'))))),
    h('tbody', null, items.map((o) => {
      const units = o.lines.reduce((sum, l) => sum + l.quantity - l.cancelled, 0);
      return h('tr', { key: o.id, 'data-test': 'seller-order', 'data-number': o.number },
        h('td', { 'data-label': 'Order' }, h('a', { href: '#/orders/' + o.id }, o.number)),
        h('td', { 'data-label': 'Customer', 'data-test': 'seller-customer' }, o.shippingAddress ? o.shippingAddress.name : ''),
        h('td', { 'data-label': 'Placed' }, when(o.placedAt)),
        h('td', { 'data-label': 'Your items' }, h('span', { class: 'muted', 'data-test': 'seller-units' }, units === 1 ? '1 item' : `${units} items`),
          h('ul', { class: 'plain seller-lines' }, o.lines.map((l) => h(SellerLine, { key: l.lineNo, order: o, line: l })))),
        h('td', { 'data-label': 'Your stage', 'data-test': 'seller-stage' }, h(Badge, { value: sellerStage(o) })),
        h('td', { 'data-label': 'Your total', class: 'num' }, money(o.total)),
        h('td', { class: 'row-actions' }, h('a', { class: 'button', href: '#/orders/' + o.id,
          'aria-label': 'Open ' + o.number }, 'Open')));
    })));
}

export function SellerHome() {
  const [stage, setStage] = useState('');
  const [page, setPage] = useState(0);
  const stats = useLoad(() => get('/api/seller/stats'), []);
  const orders = useLoad(() => get('/api/seller/orders' + query({ stage, page, size: 20 })), [stage, page]);
  useLiveOrder(undefined, () => { stats.reload(); orders.reload(); });
  return h('section', null, h('h1', null, 'My sales'),
    h(Loaded, { state: stats, what: 'your figures' }, (s) => h('div', { class: 'kpis', id: 'seller-stats' },
      h('div', { class: 'card kpi' }, h('span', null, 'Orders'), h('strong', null, s.orders)),
      Object.entries(s.lines).map(([k, v]) => h('div', { class: 'card kpi', key: k }, h('span', null, h(Badge, { value: k }), ' lines'), h('strong', null, v))))),
    h('div', { class: 'filters' }, h(Field, { label: 'Your stage', name: 'stage', type: 'select', value: stage,
      onInput: (v) => { setStage(v); setPage(0); } }, h('option', { value: '' }, 'Any'), STAGES.map((s) => h('option', { value: s }, s.toLowerCase())))),
    h(Loaded, { state: orders, what: 'orders' }, (result) => result.items.length === 0
      ? h(Empty, null, stage ? 'None of your orders is at this stage.' : 'No orders hold your products yet. Add products under ',
        !stage && h('a', { href: '#/admin/products' }, 'Products'), !stage && ' and they appear in the shop.')
      : [h(SellerOrders, { items: result.items }),
        h(Pager, { page: result.page, size: result.size, total: result.total, onPage: setPage })]));
}
