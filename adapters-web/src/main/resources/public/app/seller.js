// The seller's view: their stats and the orders holding their products, each with only their lines, the
// stage those lines are at, and what the seller can do next.
import { useState } from 'preact/hooks';
import { h, money, when, useLoad, Loaded, Empty, Field, Pager, Badge } from './ui.js';
import { get, query } from './api.js';
import { useLiveOrder } from './orders.js';

const STAGES = ['PENDING', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED'];

/** A line's stage as the server's LineStage computes it. */
function lineStage(status, line) {
  const active = line.quantity - line.cancelled;
  if (status === 'CANCELLED' || active === 0) return 'CANCELLED';
  if (line.delivered === active) return 'DELIVERED';
  if (line.shipped === active) return 'SHIPPED';
  if (status === 'PROCESSING' || status === 'COMPLETED' || line.shipped > 0) return 'PROCESSING';
  return 'PENDING';
}

/** The seller's stage of an order: that of their least advanced line still expected. */
export function sellerStage(order) {
  const stages = order.lines.map((l) => lineStage(order.status, l)).filter((s) => s !== 'CANCELLED');
  if (stages.length === 0) return 'CANCELLED';
  return STAGES[Math.min(...stages.map((s) => STAGES.indexOf(s)))];
}

function NextStep({ order, stage }) {
  const href = '#/orders/' + order.id;
  if (stage === 'PROCESSING' || (stage === 'PENDING' && order.status === 'CONFIRMED')) {
    return h('a', { class: 'button primary', href, 'data-action': 'ship' }, 'Ship');
  }
  return h('a', { class: 'button', href }, 'Open');
}

function SellerOrders({ items }) {
  return h('table', { class: 'seller-orders' },
    h('thead', null, h('tr', null, ['Order', 'Customer', 'Placed', 'Your items', 'Your stage', 'Your total', ''].map((t, i) =>
      h('th', { scope: 'col', key: i }, t || h('span', { class: 'visually-hidden' }, 'Actions'))))),
    h('tbody', null, items.map((o) => {
      const stage = sellerStage(o);
      const units = o.lines.reduce((sum, l) => sum + l.quantity - l.cancelled, 0);
      return h('tr', { key: o.id, 'data-test': 'seller-order', 'data-number': o.number },
        h('td', { 'data-label': 'Order' }, h('a', { href: '#/orders/' + o.id }, o.number)),
        h('td', { 'data-label': 'Customer', 'data-test': 'seller-customer' }, o.shippingAddress ? o.shippingAddress.name : ''),
        h('td', { 'data-label': 'Placed' }, when(o.placedAt)),
        h('td', { 'data-label': 'Your items' }, h('span', { class: 'muted' }, units === 1 ? '1 item' : `${units} items`),
          h('ul', { class: 'plain' }, o.lines.map((l) => h('li', { key: l.lineNo, 'data-test': 'seller-line' }, `${l.quantity} × ${l.name} (${l.sku})`)))),
        h('td', { 'data-label': 'Your stage', 'data-test': 'seller-stage' }, h(Badge, { value: stage })),
        h('td', { 'data-label': 'Your total', class: 'num' }, money(o.total)),
        h('td', { class: 'row-actions' }, h(NextStep, { order: o, stage })));
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
