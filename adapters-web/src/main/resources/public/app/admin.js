// Back office: dashboard, orders table with filters and CSV export, products and stock, users and roles.
import { useEffect, useRef, useState } from 'preact/hooks';
import { h, money, toast, useLoad, Loaded, Empty, Field, useSubmit, Pager, Badge, describe } from './ui.js';
import { get, patch, post, put, del, create, upload, query } from './api.js';
import { inOrder } from './shop.js';
import { onLiveEvent } from './live.js';
import { OrdersTable } from './orders.js';
import { BulkBar, useSelection } from './bulk.js';
import { SavedViews } from './views.js';
import { CustomerNotes } from './notes.js';

const STATUS = ['PENDING', 'CONFIRMED', 'PROCESSING', 'COMPLETED', 'CANCELLED'];
const PAYMENT = ['UNPAID', 'AUTHORIZED', 'PARTIALLY_PAID', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'];
const FULFILMENT = ['UNFULFILLED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'PARTIALLY_DELIVERED', 'DELIVERED'];

/** Reloads (at most every second) when any live event arrives: dashboards follow the whole shop. */
function useLiveReload(reload) {
  const pending = useRef(null);
  useEffect(() => {
    const off = onLiveEvent(() => {
      if (pending.current) return;
      pending.current = setTimeout(() => { pending.current = null; reload(); }, 1000);
    });
    return () => { off(); clearTimeout(pending.current); };
  }, []);
}

/** Amounts per currency; none at all is still an amount, in the currency of the shop's other figures. */
const amounts = (list, fallbackCurrency) => ((list || []).length ? list.map(money).join(' + ')
  : money({ amountMinor: 0, currency: fallbackCurrency || 'EUR' }));

function Counters({ title, counts, id }) {
  return h('div', { class: 'card counters', id },
    h('h3', null, title),
    h('dl', null, Object.entries(counts || {}).map(([k, v]) => h('div', { key: k }, h('dt', null, h(Badge, { value: k })), h('dd', null, v)))));
}

/** Orders per hour as bars over a time axis (hours) and a count axis (0, half, most). */
function HourChart({ buckets }) {
  if (!buckets || buckets.length === 0) return h(Empty, null, 'No orders in the last 24 hours.');
  const most = Math.max(...buckets.map((b) => b.orders));
  const top = Math.max(2, most + (most % 2)); // even, so that its half is a whole number of orders
  const left = 22;
  const base = 100;
  const width = left + 24 * buckets.length;
  const y = (count) => base - Math.round((count / top) * 90);
  return h('figure', { class: 'chart', id: 'orders-chart' },
    h('svg', { viewBox: `0 0 ${width} 122`, role: 'img', 'aria-label': `Orders per hour, last 24 hours; at most ${most} in an hour` },
      [0, top / 2, top].map((tick) => h('g', { key: 'y' + tick, class: 'tick' },
        h('line', { x1: left, x2: width, y1: y(tick), y2: y(tick) }),
        h('text', { x: left - 4, y: y(tick) + 3, 'text-anchor': 'end' }, tick))),
      h('line', { class: 'axis', x1: left, x2: left, y1: 8, y2: base }),
      h('line', { class: 'axis', x1: left, x2: width, y1: base, y2: base }),
      buckets.map((b, i) => {
        const height = base - y(b.orders);
        const hour = new Date(b.start).getHours();
        return h('g', { key: i }, h('rect', { x: left + i * 24 + 3, y: base - height, width: 18, height, rx: 2 },
          h('title', null, `${hour}:00 — ${b.orders} orders`)),
        i % 3 === 0 && h('text', { x: left + i * 24 + 12, y: base + 10, 'text-anchor': 'middle' }, `${hour}h`));
      }),
      h('text', { x: left + (width - left) / 2, y: 120, 'text-anchor': 'middle' }, 'hour of day (local time)')),
    h('figcaption', null, 'Orders per hour, last 24 hours'));
}

/** "PT1H30M" as "1 hour 30 minutes". */
function duration(iso) {
  const [, d, hr, min, sec] = /^P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(iso || '') || [];
  const part = (n, unit) => (n && Number(n) ? `${Number(n)} ${unit}${Number(n) === 1 ? '' : 's'}` : null);
  return [part(d, 'day'), part(hr, 'hour'), part(min, 'minute'), part(sec, 'second')].filter(Boolean).join(' ') || iso;
}

/** Carts left with products in them, and how many started carts became orders over the dashboard's 30 days. */
function CartFigures({ carts, currency }) {
  if (!carts) return null;
  const since = new Date(carts.since).toLocaleDateString();
  return h('section', { id: 'carts', 'aria-labelledby': 'carts-title' }, h('h2', { id: 'carts-title' }, 'Carts'),
    h('div', { class: 'kpis' },
      h('div', { class: 'card kpi' }, h('span', null, 'Abandoned carts'), h('strong', { id: 'kpi-abandoned' }, carts.abandoned),
        h('small', null, `with products, unchanged for over ${duration(carts.abandonedAfter)}`)),
      h('div', { class: 'card kpi' }, h('span', null, 'Conversion'),
        h('strong', { id: 'kpi-conversion' }, carts.conversion == null ? '—' : `${(carts.conversion * 100).toFixed(1)} %`),
        h('small', { id: 'kpi-conversion-detail' }, `${carts.checkedOut} of ${carts.started} carts started since ${since} checked out`))),
    carts.abandonedCarts.length === 0 ? h(Empty, null, 'No abandoned carts.')
      : h('table', { id: 'abandoned-carts' },
        h('caption', null, carts.abandoned > carts.abandonedCarts.length
          ? `The ${carts.abandonedCarts.length} most recently left of ${carts.abandoned} abandoned carts` : 'Abandoned carts, most recently left first'),
        h('thead', null, h('tr', null, ['Customer', 'Items', 'Value', 'Idle since'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, carts.abandonedCarts.map((c) => h('tr', { key: c.customer.id, 'data-test': 'abandoned-cart' },
          h('td', { 'data-label': 'Customer' }, c.customer.email
            ? [h('a', { href: '#/admin/customers/' + c.customer.id }, c.customer.email), c.customer.name && h('small', { class: 'muted' }, ' ' + c.customer.name)]
            : 'Deleted account'),
          h('td', { 'data-label': 'Items' }, `${c.units} ${c.units === 1 ? 'unit' : 'units'} of ${c.lines} ${c.lines === 1 ? 'product' : 'products'}`),
          h('td', { 'data-label': 'Value' }, amounts(c.value, currency)),
          h('td', { 'data-label': 'Idle since' }, new Date(c.idleSince).toLocaleString()))))));
}

export function Dashboard() {
  const stats = useLoad(() => get('/api/admin/stats'), []);
  const today = useLoad(() => get('/api/admin/deliveries/today'), []);
  useLiveReload(() => { stats.reload(); today.reload(); });
  return h('section', null, h('h1', null, 'Dashboard'),
    stats.error ? h('p', { class: 'failure', role: 'alert' }, 'Figures unavailable: ', describe(stats.error))
      : h(Loaded, { state: stats, what: 'figures' }, (s) => [
        h('div', { class: 'kpis' },
          h('div', { class: 'card kpi' }, h('span', null, 'Orders'), h('strong', { id: 'kpi-orders' }, s.orders)),
          h('div', { class: 'card kpi' }, h('span', null, 'Revenue (gross)'), h('strong', { id: 'kpi-revenue' }, amounts(s.revenue, (s.unpaid[0] || {}).currency))),
          h('div', { class: 'card kpi' }, h('span', null, 'Revenue (net)'), h('strong', { id: 'kpi-revenue-net' }, amounts(s.revenueNet, (s.revenue[0] || {}).currency))),
          h('div', { class: 'card kpi' }, h('span', null, 'Unpaid'), h('strong', { id: 'kpi-unpaid' }, amounts(s.unpaid, (s.revenue[0] || {}).currency))),
          today.data && h('div', { class: 'card kpi' }, h('span', null, "Today's deliveries"),
            h('strong', { id: 'kpi-deliveries' }, today.data.count), h('small', null, `${today.data.pending} on the way, ${today.data.delivered} delivered`))),
        h('div', { class: 'columns' },
          h(Counters, { title: 'Status', counts: s.byStatus, id: 'by-status' }),
          h(Counters, { title: 'Fulfilment', counts: s.byFulfillmentStatus, id: 'by-fulfilment' }),
          h(Counters, { title: 'Payment', counts: s.byPaymentStatus, id: 'by-payment' })),
        h(HourChart, { buckets: s.perHour }),
        h(CartFigures, { carts: s.carts, currency: (s.revenue[0] || {}).currency })]),
    h('p', null, h('a', { href: '#/admin/orders', class: 'button' }, 'All orders')));
}

/**
 * Picks a seller by name or e-mail, never by id: a search box narrows the list the select offers. Only
 * administrators may list accounts; for others the picker is absent.
 */
function SellerPicker({ user, label, name, value, onInput, none, errors }) {
  const [text, setText] = useState('');
  const found = useLoad(() => (user.role === 'ADMIN' ? get('/api/admin/users' + query({ role: 'SELLER', q: text, size: 50 }))
    : Promise.resolve(null)), [text]);
  if (user.role !== 'ADMIN') return null;
  const sellers = (found.data && found.data.items) || [];
  return h('div', { class: 'picker' },
    h(Field, { label: 'Find a seller', name: name + '-search', type: 'search', value: text, onInput: setText,
      placeholder: 'Name or e-mail' }),
    h(Field, { label, name, type: 'select', value, onInput, errors },
      h('option', { value: '' }, none),
      sellers.map((u) => h('option', { key: u.id, value: u.id }, u.name ? `${u.name} (${u.email})` : u.email))));
}

const select = (label, name, value, onInput, options) => h(Field, { label, name, type: 'select', value, onInput },
  h('option', { value: '' }, 'Any'), options.map((o) => h('option', { value: o }, o.replace(/_/g, ' ').toLowerCase())));

export function AdminOrders({ user, query: params }) {
  const blankFilters = { q: '', status: '', paymentStatus: '', fulfilmentStatus: '', from: '', to: '', sellerId: '' };
  const initial = { ...blankFilters, q: params.get('q') || '' };
  const [form, setForm] = useState(initial);
  const [filters, setFilters] = useState(initial);
  const [sort, setSort] = useState('createdAt,desc');
  const [page, setPage] = useState(0);
  const state = useLoad(() => get('/api/admin/orders' + query({ ...filters, sort, page, size: 20 })), [filters, sort, page]);
  const selection = useSelection();
  useEffect(selection.clear, [filters, sort, page]);
  useLiveReload(state.reload);
  const set = (name) => (value) => setForm({ ...form, [name]: value });
  const apply = (e) => { e.preventDefault(); setPage(0); setFilters(form); };
  const applyView = ({ sort: viewSort, ...viewFilters }) => {
    const next = { ...blankFilters, ...viewFilters };
    setForm(next); setFilters(next); setSort(viewSort || 'createdAt,desc'); setPage(0);
  };
  return h('section', null, h('h1', null, 'Orders'),
    h('form', { class: 'filters', onSubmit: apply, role: 'search' },
      h(Field, { label: 'Search', name: 'q', type: 'search', value: form.q, onInput: set('q'), placeholder: 'Number, e-mail, name, SKU' }),
      select('Status', 'status', form.status, set('status'), STATUS),
      select('Payment', 'paymentStatus', form.paymentStatus, set('paymentStatus'), PAYMENT),
      select('Fulfilment', 'fulfilmentStatus', form.fulfilmentStatus, set('fulfilmentStatus'), FULFILMENT),
      h(Field, { label: 'From', name: 'from', type: 'date', value: form.from, onInput: set('from') }),
      h(Field, { label: 'To', name: 'to', type: 'date', value: form.to, onInput: set('to') }),
      h(SellerPicker, { user, label: 'Seller', name: 'sellerId', value: form.sellerId, onInput: set('sellerId'), none: 'Any' }),
      h(Field, { label: 'Sort', name: 'sort', type: 'select', value: sort, onInput: (v) => { setSort(v); setPage(0); } },
        [['createdAt,desc', 'Newest first'], ['createdAt,asc', 'Oldest first'], ['total,desc', 'Highest total'], ['total,asc', 'Lowest total'],
          ['number,asc', 'Number'], ['status,asc', 'Status'], ['customerEmail,asc', 'Customer']].map(([v, t]) => h('option', { value: v }, t))),
      h('button', { type: 'submit', class: 'primary', id: 'apply-filters' }, 'Filter'),
      h('a', { class: 'button', id: 'export-csv', href: '/api/admin/orders/export' + query({ ...filters, sort }), download: 'orders.csv' }, 'Export CSV')),
    h(SavedViews, { current: { ...filters, sort }, onApply: applyView }),
    state.error && state.error.status === 404
      ? h('p', { class: 'failure', role: 'alert' }, 'The order list is not available on this server yet.')
      : h(Loaded, { state, what: 'orders' }, (result) => result.items.length === 0
        ? (Object.values(filters).some(Boolean)
          ? h(Empty, null, 'No orders match these filters. ', h('button', { type: 'button', class: 'link', id: 'clear-filters',
            onClick: () => { setForm(blankFilters); setFilters(blankFilters); setPage(0); } }, 'Clear the filters'))
          : h(Empty, null, 'No orders yet: they appear here, live, as customers check out.'))
        : [h('p', { class: 'muted' }, `${result.total}${result.totalExact === false ? '+' : ''} orders`), h(BulkBar, { items: result.items, selection, onDone: state.reload }),
          h(OrdersTable, { items: result.items, showCustomer: true, selection }),
          h(Pager, { page: result.page, size: result.size, total: result.total, onPage: setPage })]));
}

function ProductForm({ product, onSaved, user }) {
  const blank = { sku: '', name: '', categoryId: '', description: '', imageUrl: '', price: '', currency: 'EUR', initialStock: '0', lowStockThreshold: '0', sellerId: '' };
  const categories = useLoad(() => get('/api/categories'), []);
  const known = categories.data || [];
  const [form, setForm] = useState(product ? { ...blank, ...product, price: (product.price.amountMinor / 100).toFixed(2),
    currency: product.price.currency, lowStockThreshold: String(product.lowStockThreshold), description: product.description || '', imageUrl: product.imageUrl || '' } : blank);
  const [busy, errors, run] = useSubmit();
  const set = (name) => (value) => setForm({ ...form, [name]: value });
  const price = { amountMinor: Math.round(Number(form.price) * 100), currency: form.currency };
  const submit = (e) => {
    e.preventDefault();
    run(async () => {
      const saved = product
        ? await patch('/api/products/' + product.id, { name: form.name, categoryId: categoryIdOf(), description: form.description,
          imageUrl: form.imageUrl, price, lowStockThreshold: Number(form.lowStockThreshold) })
        : await create('/api/products', { sku: form.sku, name: form.name, categoryId: categoryIdOf(), description: form.description || null,
          imageUrl: form.imageUrl || null, price, initialStock: Number(form.initialStock), lowStockThreshold: Number(form.lowStockThreshold),
          sellerId: form.sellerId || null });
      toast(`${saved.name} saved`, 'success');
      onSaved(saved);
    }, ['sku', 'name', 'categoryId', 'category', 'description', 'imageUrl', 'price', 'initialStock', 'lowStockThreshold', 'sellerId']);
  };
  // a product's category is shown by name; the form keeps the id of the category of that name
  const categoryIdOf = () => form.categoryId || (known.find((c) => c.name === form.category) || {}).id || null;
  return h('form', { class: 'panel grid-form', onSubmit: submit, id: product ? 'edit-product' : 'new-product' },
    h('h3', null, product ? 'Edit ' + product.name : 'New product'),
    !product && h(Field, { label: 'SKU', name: 'sku', value: form.sku, onInput: set('sku'), errors }),
    h(Field, { label: 'Name', name: 'name', value: form.name, onInput: set('name'), errors }),
    h(Field, { label: 'Category', name: 'categoryId', type: 'select', value: categoryIdOf() || '', onInput: set('categoryId'), errors,
      hint: user.role === 'ADMIN' ? 'Manage the list under Categories' : 'Administrators manage the list' },
    h('option', { value: '' }, 'Choose a category'),
    inOrder(known).map((c) => h('option', { key: c.id, value: c.id }, (c.parentId ? '— ' : '') + c.name))),
    h(Field, { label: 'Price', name: 'price', type: 'number', step: '0.01', min: '0', value: form.price, onInput: set('price'), errors }),
    h(Field, { label: 'Currency', name: 'currency', value: form.currency, onInput: set('currency'), maxLength: 3 }),
    !product && h(Field, { label: 'Initial stock', name: 'initialStock', type: 'number', min: 0, value: form.initialStock, onInput: set('initialStock'), errors }),
    h(Field, { label: 'Low-stock threshold', name: 'lowStockThreshold', type: 'number', min: 0, value: form.lowStockThreshold, onInput: set('lowStockThreshold'), errors }),
    h(Field, { label: 'Image URL', name: 'imageUrl', type: 'url', value: form.imageUrl, onInput: set('imageUrl'), errors }),
    !product && h(SellerPicker, { user, label: 'Sold by', name: 'sellerId', value: form.sellerId, onInput: set('sellerId'),
      none: 'This account', errors }),
    h(Field, { label: 'Description', name: 'description', type: 'textarea', value: form.description, onInput: set('description'), errors }),
    h('button', { type: 'submit', class: 'primary', disabled: busy }, product ? 'Save changes' : 'Create product'));
}

function StockForm({ product, onSaved }) {
  const [kind, setKind] = useState('RESTOCK');
  const [quantity, setQuantity] = useState('');
  const [reason, setReason] = useState('');
  const [busy, errors, run] = useSubmit();
  const submit = (e) => {
    e.preventDefault();
    run(async () => {
      await create('/api/products/' + product.id + '/stock-adjustments', { kind, quantity: Number(quantity), reason });
      toast('Stock adjusted', 'success');
      onSaved();
    }, ['kind', 'quantity', 'reason']);
  };
  return h('form', { class: 'panel', onSubmit: submit }, h('h3', null, 'Adjust stock of ' + product.name),
    h(Field, { label: 'Kind', name: 'kind', type: 'select', value: kind, onInput: setKind, errors },
      h('option', { value: 'RESTOCK' }, 'Restock (add units)'), h('option', { value: 'CORRECTION' }, 'Correction (counted units on hand)')),
    h(Field, { label: 'Units', name: 'quantity', type: 'number', min: 0, value: quantity, onInput: setQuantity, errors }),
    h(Field, { label: 'Reason', name: 'reason', value: reason, onInput: setReason, errors }),
    h('button', { type: 'submit', class: 'primary', disabled: busy }, 'Adjust'));
}

/** A product's pictures: upload (JPEG, PNG or WebP), make one the first, remove. */
function PicturesForm({ product, onSaved }) {
  const [images, setImages] = useState(product.images || []);
  const [file, setFile] = useState(null);
  const [busy, errors, run] = useSubmit();
  const path = '/api/products/' + product.id + '/images';
  const add = (e) => {
    e.preventDefault();
    run(async () => {
      if (!file) throw Object.assign(new Error('Choose a picture first'), { field: 'file' });
      const added = await upload(path, 'file', file);
      setImages([...images, added]);
      toast('Picture added', 'success');
      onSaved();
    }, ['file']);
  };
  const first = (image) => run(async () => {
    setImages(await put(path + '/order', { imageIds: [image.id, ...images.filter((i) => i.id !== image.id).map((i) => i.id)] }));
    onSaved();
  });
  const remove = (image) => run(async () => {
    await del(path + '/' + image.id);
    setImages(images.filter((i) => i.id !== image.id));
    toast('Picture removed');
    onSaved();
  });
  return h('form', { class: 'panel', onSubmit: add, id: 'pictures' }, h('h3', null, 'Pictures of ' + product.name),
    images.length === 0 ? h(Empty, null, 'No pictures yet: the shop shows a letter tile until you add one.')
      : h('ul', { class: 'thumbs' }, images.map((image, i) => h('li', { key: image.id, 'data-test': 'picture' },
        h('img', { src: image.thumbnailUrl, alt: `Picture ${i + 1} of ${product.name}` }),
        i > 0 && h('button', { type: 'button', disabled: busy, onClick: () => first(image) }, 'Make first'),
        h('button', { type: 'button', disabled: busy, onClick: () => remove(image) }, 'Remove')))),
    h(Field, { label: 'Add a picture (JPEG, PNG or WebP)', name: 'file', type: 'file', accept: 'image/jpeg,image/png,image/webp',
      onInput: () => {}, onChange: (e) => setFile(e.target.files[0] || null), errors, value: undefined }),
    h('button', { type: 'submit', class: 'primary', disabled: busy, id: 'upload-picture' }, 'Upload'));
}

export function AdminProducts({ user }) {
  const [q, setQ] = useState('');
  const [applied, setApplied] = useState('');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState(null);
  const state = useLoad(() => get('/api/manage/products' + query({ q: applied, page, size: 20 })), [applied, page]);
  const [busy, , run] = useSubmit();
  const canEdit = user.role === 'SELLER' || user.role === 'ADMIN';
  const toggle = (p) => run(async () => { await patch('/api/products/' + p.id, { active: !p.active }); toast(p.active ? 'Deactivated' : 'Activated'); state.reload(); });
  const remove = (p) => run(async () => {
    if (!window.confirm(`Delete ${p.name}? A product that was ordered is archived instead.`)) return;
    const result = await del('/api/products/' + p.id);
    toast(result.outcome === 'DELETED' ? `${p.name} deleted` : `${p.name} was ordered before: archived (off sale)`, 'success');
    state.reload();
  });
  const done = () => { setEditing(null); state.reload(); };
  return h('section', null, h('h1', null, 'Products'),
    h('form', { class: 'filters', role: 'search', onSubmit: (e) => { e.preventDefault(); setPage(0); setApplied(q); } },
      h(Field, { label: 'Search', name: 'q', type: 'search', value: q, onInput: setQ }),
      h('button', { type: 'submit' }, 'Search'),
      canEdit && h('button', { type: 'button', class: 'primary', onClick: () => setEditing({ mode: 'new' }) }, 'New product')),
    editing && editing.mode === 'new' && h(ProductForm, { onSaved: done, user }),
    editing && editing.mode === 'edit' && h(ProductForm, { product: editing.product, onSaved: done, user }),
    editing && editing.mode === 'stock' && h(StockForm, { product: editing.product, onSaved: done }),
    editing && editing.mode === 'pictures' && h(PicturesForm, { product: editing.product, onSaved: state.reload }),
    h(Loaded, { state, what: 'products' }, (result) => result.items.length === 0
      ? h(Empty, null, applied ? 'No product matches this search.' : canEdit ? 'No products yet: create the first with "New product".'
        : 'No products yet: sellers and administrators add them.')
      : [h('table', { class: 'products' },
        h('thead', null, h('tr', null, ['', 'SKU', 'Name', 'Category', 'Price', 'On hand', 'Reserved', 'Available', 'Active', 'Actions'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, result.items.map((p) => h('tr', { key: p.id, 'data-test': 'managed-product' },
          h('td', { 'data-label': 'Picture' }, p.images.length > 0 ? h('img', { class: 'thumb', src: p.images[0].thumbnailUrl, alt: '' })
            : h('span', { class: 'thumb placeholder', 'aria-hidden': 'true' }, p.name.slice(0, 1))),
          h('td', { 'data-label': 'SKU' }, p.sku), h('td', { 'data-label': 'Name' }, p.name),
          h('td', { 'data-label': 'Category' }, p.category || ''), h('td', { 'data-label': 'Price' }, money(p.price)),
          h('td', { 'data-label': 'On hand' }, p.stock.onHand), h('td', { 'data-label': 'Reserved' }, p.stock.reserved),
          h('td', { 'data-label': 'Available', class: p.stock.available <= p.lowStockThreshold ? 'low' : '' }, p.stock.available),
          h('td', { 'data-label': 'Active' }, p.active ? 'yes' : 'no'),
          h('td', { class: 'row-actions' },
            canEdit && h('button', { type: 'button', onClick: () => setEditing({ mode: 'edit', product: p }) }, 'Edit'),
            h('button', { type: 'button', onClick: () => setEditing({ mode: 'stock', product: p }) }, 'Stock'),
            canEdit && h('button', { type: 'button', 'data-action': 'pictures', onClick: () => setEditing({ mode: 'pictures', product: p }) }, 'Pictures'),
            canEdit && h('button', { type: 'button', disabled: busy, onClick: () => toggle(p) }, p.active ? 'Deactivate' : 'Activate'),
            canEdit && h('button', { type: 'button', disabled: busy, 'data-action': 'delete', onClick: () => remove(p) }, 'Delete')))))),
      h(Pager, { page: result.page, size: result.size, total: result.total, onPage: setPage })]));
}

export function AdminUsers() {
  const [q, setQ] = useState('');
  const [role, setRole] = useState('');
  const [filters, setFilters] = useState({ q: '', role: '' });
  const [page, setPage] = useState(0);
  const state = useLoad(() => get('/api/admin/users' + query({ ...filters, page, size: 20 })), [filters, page]);
  const [busy, , run] = useSubmit();
  const change = (u, next) => run(async () => { await patch('/api/admin/users/' + u.id + '/role', { role: next }); toast(`${u.email} is now ${next}`, 'success'); state.reload(); });
  return h('section', null, h('h1', null, 'Users and roles'),
    h('form', { class: 'filters', role: 'search', onSubmit: (e) => { e.preventDefault(); setPage(0); setFilters({ q, role }); } },
      h(Field, { label: 'Search', name: 'q', type: 'search', value: q, onInput: setQ }),
      select('Role', 'role', role, setRole, ['CUSTOMER', 'SELLER', 'STAFF', 'ADMIN']),
      h('button', { type: 'submit' }, 'Search')),
    h(Loaded, { state, what: 'users' }, (result) => result.items.length === 0 ? h(Empty, null, 'No users match.')
      : [h('table', null,
        h('thead', null, h('tr', null, ['E-mail', 'Name', 'Role'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, result.items.map((u) => h('tr', { key: u.id },
          h('td', { 'data-label': 'E-mail' }, u.email), h('td', { 'data-label': 'Name' }, u.name || ''),
          h('td', { 'data-label': 'Role' }, h('select', { 'aria-label': 'Role of ' + u.email, value: u.role, disabled: busy,
            onChange: (e) => change(u, e.target.value) }, ['CUSTOMER', 'SELLER', 'STAFF', 'ADMIN'].map((r) => h('option', { value: r }, r)))))))),
      h(Pager, { page: result.page, size: result.size, total: result.total, onPage: setPage })]));
}

/** Administrators: the categories products are filed under (one level of sub-categories). */
export function AdminCategories() {
  const state = useLoad(() => get('/api/categories'), []);
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const [busy, errors, run] = useSubmit();
  const add = (e) => {
    e.preventDefault();
    run(async () => {
      const created = await create('/api/categories', { name, parentId: parentId || null });
      toast(`Category ${created.name} created`, 'success');
      setName(''); setParentId('');
      state.reload();
    }, ['name', 'slug', 'parentId']);
  };
  const remove = (c) => run(async () => { await del('/api/categories/' + c.id); toast(`Category ${c.name} deleted`); state.reload(); });
  const all = state.data || [];
  return h('section', null, h('h1', null, 'Categories'),
    h('form', { class: 'panel grid-form', onSubmit: add, id: 'new-category' }, h('h2', null, 'New category'),
      h(Field, { label: 'Name', name: 'name', value: name, onInput: setName, errors }),
      h(Field, { label: 'Inside', name: 'parentId', type: 'select', value: parentId, onInput: setParentId, errors },
        h('option', { value: '' }, 'Nothing (top level)'),
        all.filter((c) => !c.parentId).map((c) => h('option', { key: c.id, value: c.id }, c.name))),
      h('button', { type: 'submit', class: 'primary', disabled: busy }, 'Create category')),
    h(Loaded, { state, what: 'categories' }, (categories) => categories.length === 0
      ? h(Empty, null, 'No categories yet: create the first above, then file products under it.')
      : h('table', null,
        h('thead', null, h('tr', null, ['Name', 'Address', 'Actions'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, inOrder(categories).map((c) => h('tr', { key: c.id, 'data-test': 'category' },
          h('td', { 'data-label': 'Name' }, (c.parentId ? '— ' : '') + c.name), h('td', { 'data-label': 'Address' }, c.slug),
          h('td', { class: 'row-actions' }, h('button', { type: 'button', disabled: busy, 'aria-label': 'Delete ' + c.name,
            onClick: () => remove(c) }, 'Delete'))))))));
}

/** Staff: customers found by name or e-mail. */
export function AdminCustomers() {
  const [q, setQ] = useState('');
  const [applied, setApplied] = useState('');
  const [page, setPage] = useState(0);
  const state = useLoad(() => get('/api/admin/customers' + query({ q: applied, page, size: 20 })), [applied, page]);
  return h('section', null, h('h1', null, 'Customers'),
    h('form', { class: 'filters', role: 'search', onSubmit: (e) => { e.preventDefault(); setPage(0); setApplied(q); } },
      h(Field, { label: 'Name or e-mail', name: 'q', type: 'search', value: q, onInput: setQ }),
      h('button', { type: 'submit', id: 'search-customers' }, 'Search')),
    h(Loaded, { state, what: 'customers' }, (result) => result.items.length === 0
      ? h(Empty, null, applied ? 'No customer matches this search.' : 'No customers yet: they appear here once they sign up.')
      : [h('table', null,
        h('thead', null, h('tr', null, ['Name', 'E-mail', 'Phone', 'Since'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, result.items.map((c) => h('tr', { key: c.id, 'data-test': 'customer' },
          h('td', { 'data-label': 'Name' }, h('a', { href: '#/admin/customers/' + c.id }, c.name || '(no name)')),
          h('td', { 'data-label': 'E-mail' }, c.email), h('td', { 'data-label': 'Phone' }, c.phone || ''),
          h('td', { 'data-label': 'Since' }, new Date(c.createdAt).toLocaleDateString()))))),
      h(Pager, { page: result.page, size: result.size, total: result.total, onPage: setPage })]));
}

/** Staff: one customer, their contact, figures, latest orders and the staff's notes. */
export function AdminCustomer({ params }) {
  const state = useLoad(() => get('/api/admin/customers/' + params.id), [params.id]);
  return h(Loaded, { state, what: 'the customer' }, (c) => h('section', { id: 'customer' },
    h('p', null, h('a', { href: '#/admin/customers' }, '‹ All customers')),
    h('h1', null, c.name || c.email),
    h('dl', { class: 'facts' },
      h('dt', null, 'E-mail'), h('dd', null, h('a', { href: 'mailto:' + c.email }, c.email)),
      h('dt', null, 'Phone'), h('dd', null, c.phone || '—'),
      h('dt', null, 'Address'), h('dd', null, c.address ? [c.address.line1, c.address.city, c.address.country].filter(Boolean).join(', ') : '—'),
      h('dt', null, 'Orders'), h('dd', { id: 'customer-orders-count' }, c.ordersCount),
      h('dt', null, 'Total spent'), h('dd', { id: 'customer-spent' }, c.totalSpent.length === 0 ? money({ amountMinor: 0, currency: 'EUR' })
        : c.totalSpent.map(money).join(' + '))),
    h('h2', null, 'Latest orders'),
    c.recentOrders.length === 0 ? h(Empty, null, 'No orders yet.')
      : h('table', null,
        h('thead', null, h('tr', null, ['Number', 'Placed', 'Status', 'Total'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, c.recentOrders.map((o) => h('tr', { key: o.id, 'data-test': 'customer-order' },
          h('td', { 'data-label': 'Number' }, h('a', { href: '#/orders/' + o.id }, o.number)),
          h('td', { 'data-label': 'Placed' }, new Date(o.placedAt).toLocaleString()),
          h('td', { 'data-label': 'Status' }, h(Badge, { value: o.status })),
          h('td', { 'data-label': 'Total' }, money(o.total)))))),
    h(CustomerNotes, { customerId: c.id })));
}
