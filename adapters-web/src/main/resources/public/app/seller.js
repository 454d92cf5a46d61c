// The seller's view: their stats and the orders holding their products, each with only their lines.
import { useState } from 'preact/hooks';
import { h, useLoad, Loaded, Empty, Field, Pager, Badge } from './ui.js';
import { get, query } from './api.js';
import { OrdersTable, useLiveOrder } from './orders.js';

const STAGES = ['PENDING', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED'];

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
    h('div', { class: 'filters' }, h(Field, { label: 'Line stage', name: 'stage', type: 'select', value: stage,
      onInput: (v) => { setStage(v); setPage(0); } }, h('option', { value: '' }, 'Any'), STAGES.map((s) => h('option', { value: s }, s.toLowerCase())))),
    h(Loaded, { state: orders, what: 'orders' }, (result) => result.items.length === 0 ? h(Empty, null, 'No orders hold your products yet.')
      : [h(OrdersTable, { items: result.items }),
        h('div', { class: 'seller-lines' }, result.items.map((o) => h('details', { key: o.id, 'data-test': 'seller-order', 'data-number': o.number },
          h('summary', null, o.number, ' — ', o.lines.length, ' of your lines'),
          h('ul', null, o.lines.map((l) => h('li', { 'data-test': 'seller-line' }, `${l.quantity} × ${l.name} (${l.sku})`)))))),
        h(Pager, { page: result.page, size: result.size, total: result.total, onPage: setPage })]));
}
