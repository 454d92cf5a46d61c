// Back office: promotions, tax categories and rates, shipping methods (administrators change them, staff read),
// and webhook endpoints with their delivery log (administrators only).
import { useState } from 'preact/hooks';
import { h, money, toast, useLoad, Loaded, Empty, Field, useSubmit, Pager, Badge, when, inWords } from './ui.js';
import { get, post, put, patch, create, query } from './api.js';
import { required } from './checkout.js';

// --- forms described as fields ---------------------------------------------------------------------------
// A field: [name (the API's JSON path), label, options]; options: required, type, hint, choices ([value, text]),
// when (values => shown), check (value => problem in words or null).

const decimal = (text) => (String(text).trim() === '' ? null : Number(String(text).replace(',', '.')));
const minor = (text) => (decimal(text) === null ? null : Math.round(decimal(text) * 100));
const major = (amount) => (amount == null ? '' : (amount / 100).toFixed(2));
const list = (text) => String(text).split(',').map((s) => s.trim()).filter(Boolean);
const isNumber = (text) => String(text).trim() === '' || Number.isFinite(decimal(text));
const numberCheck = (value) => (isNumber(value) ? null : 'Enter a number, e.g. 4.90.');
const countryCheck = (value) => (list(value).every((c) => /^[A-Za-z]{2}$/.test(c)) ? null
  : 'Enter two-letter country codes, e.g. DE or AT, separated by commas.');

/**
 * A create or edit form: every missing or malformed field is reported at once, in words, next to it, before
 * anything is sent; the server's refusals naming a field are shown next to that field with its label.
 */
function SpecForm({ id, title, fields, initial, submitLabel, onSubmit, onCancel }) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState({});
  const [busy, serverErrors, run] = useSubmit();
  const labels = Object.fromEntries(fields.map(([name, label]) => [name, label]));
  const shown = fields.filter(([, , o = {}]) => !o.when || o.when(values));
  const submit = (e) => {
    e.preventDefault();
    const found = {};
    shown.forEach(([name, label, o = {}]) => {
      const value = String(values[name] ?? '').trim();
      if (o.required && value === '') found[name] = `Enter the ${label.toLowerCase()}.`;
      else if (value !== '' && o.check && o.check(value)) found[name] = o.check(value);
    });
    setProblems(found);
    if (Object.keys(found).length === 0) run(() => onSubmit(values), fields.map(([name]) => name));
  };
  const errors = { ...problems, ...inWords(serverErrors, labels) };
  return h('form', { class: 'panel grid-form', id, onSubmit: submit, noValidate: true },
    h('h2', null, title),
    shown.map(([name, label, o = {}]) => h(Field, { key: name, name, errors, hint: o.hint, type: o.type || 'text',
      label: o.required ? required(label) : label, required: !!o.required, value: values[name] ?? '',
      onInput: (v) => setValues({ ...values, [name]: v }) },
    o.choices && o.choices.map(([value, text]) => h('option', { key: value, value }, text)))),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'primary', disabled: busy }, submitLabel),
      onCancel && h('button', { type: 'button', onClick: onCancel }, 'Cancel')));
}

/** A page of one kind of setting: its list, and for administrators a form to create one or edit one. */
function SettingsPage({ title, intro, path, user, form, table, what }) {
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState(null);
  const state = useLoad(() => get(path + query({ page, size: 20 })), [page]);
  const admin = user.role === 'ADMIN';
  const done = () => { setEditing(null); state.reload(); };
  return h('section', null, h('h1', null, title), h('p', { class: 'muted' }, intro),
    !admin && h('p', { class: 'muted', id: 'read-only' }, 'Administrators change these; you may read them.'),
    admin && !editing && h('button', { type: 'button', class: 'primary', id: 'new-setting', onClick: () => setEditing({}) },
      'New ' + what),
    editing && h(form, { item: editing.item, onDone: done, onCancel: () => setEditing(null) }),
    h(Loaded, { state, what: title.toLowerCase() }, (result) => result.items.length === 0
      ? h(Empty, null, admin ? `No ${what}s yet: create the first with "New ${what}".` : `No ${what}s yet.`)
      : [h(table, { items: result.items, admin, edit: (item) => setEditing({ item }), reload: state.reload }),
        h(Pager, { page: result.page, size: result.size, total: result.total, onPage: setPage })]));
}

const headRow = (titles) => h('thead', null, h('tr', null, titles.map((t) => h('th', { scope: 'col', key: t }, t))));
const cell = (label, content) => h('td', { 'data-label': label }, content);
const activeBadge = (active) => h(Badge, { value: active ? 'ACTIVE' : 'INACTIVE' });

// --- promotions ------------------------------------------------------------------------------------------
const DISCOUNTS = [['PERCENTAGE', 'Percentage off'], ['FIXED_AMOUNT', 'Fixed amount off'], ['FREE_SHIPPING', 'Free shipping']];
const PROMOTION_FIELDS = [
  ['name', 'Name', { required: true }],
  ['code', 'Coupon code', { hint: 'Leave empty for a promotion that applies by itself' }],
  ['discount.kind', 'Discount', { required: true, type: 'select', choices: DISCOUNTS }],
  ['discount.percent', 'Percent off', { required: true, type: 'number', when: (v) => v['discount.kind'] === 'PERCENTAGE', check: numberCheck }],
  ['discount.amount', 'Amount off', { required: true, when: (v) => v['discount.kind'] === 'FIXED_AMOUNT', check: numberCheck, hint: 'In the order\'s currency, e.g. 5.00' }],
  ['target.categories', 'Only for categories', { hint: 'Category codes separated by commas; empty: the whole order' }],
  ['minimumSubtotal', 'Minimum subtotal', { check: numberCheck, hint: 'e.g. 20.00; empty: none' }],
  ['validFrom', 'Valid from', { type: 'datetime-local' }],
  ['validUntil', 'Valid until', { type: 'datetime-local' }],
  ['usageLimit', 'Uses in all', { type: 'number', check: numberCheck, hint: 'Coupons only; empty: no limit' }],
  ['perCustomerLimit', 'Uses per customer', { type: 'number', check: numberCheck, hint: 'Coupons only; empty: no limit' }]];

const localTime = (iso) => (iso ? new Date(new Date(iso).getTime() - new Date(iso).getTimezoneOffset() * 60000).toISOString().slice(0, 16) : '');
const instant = (local) => (local ? new Date(local).toISOString() : null);
const whole = (text) => (String(text).trim() === '' ? null : Number(text));

function PromotionForm({ item, onDone, onCancel }) {
  const p = item || {};
  const initial = {
    name: p.name || '', code: p.code || '', 'discount.kind': p.discount ? p.discount.kind : 'PERCENTAGE',
    'discount.percent': p.discount && p.discount.percent != null ? String(p.discount.percent) : '',
    'discount.amount': p.discount ? major(p.discount.amount) : '',
    'target.categories': p.target && p.target.categories ? p.target.categories.join(', ') : '',
    minimumSubtotal: p.minimumSubtotal ? major(p.minimumSubtotal) : '',
    validFrom: localTime(p.validFrom), validUntil: localTime(p.validUntil),
    usageLimit: p.usageLimit ?? '', perCustomerLimit: p.perCustomerLimit ?? '' };
  const save = async (v) => {
    const kind = v['discount.kind'];
    const categories = list(v['target.categories']);
    const body = { name: v.name.trim(), code: v.code.trim() || null,
      discount: { kind, percent: kind === 'PERCENTAGE' ? decimal(v['discount.percent']) : null,
        amount: kind === 'FIXED_AMOUNT' ? minor(v['discount.amount']) : null },
      target: p.target && p.target.kind === 'PRODUCTS' ? p.target
        : categories.length ? { kind: 'CATEGORIES', categories } : { kind: 'WHOLE_ORDER' },
      minimumSubtotal: minor(v.minimumSubtotal) || 0, validFrom: instant(v.validFrom), validUntil: instant(v.validUntil),
      usageLimit: whole(v.usageLimit), perCustomerLimit: whole(v.perCustomerLimit), active: item ? p.active : true };
    const saved = item ? await put('/api/admin/promotions/' + p.id, body) : await create('/api/admin/promotions', body);
    toast(`Promotion ${saved.name} saved`, 'success');
    onDone();
  };
  return h(SpecForm, { id: 'promotion-form', title: item ? 'Edit ' + p.name : 'New promotion', fields: PROMOTION_FIELDS,
    initial, submitLabel: item ? 'Save changes' : 'Create promotion', onSubmit: save, onCancel });
}

function discountText(d) {
  if (d.kind === 'PERCENTAGE') return `${d.percent} % off`;
  if (d.kind === 'FIXED_AMOUNT') return `${major(d.amount)} off`;
  return 'Free shipping';
}

function PromotionTable({ items, admin, edit, reload }) {
  const [busy, , run] = useSubmit();
  const deactivate = (p) => run(async () => {
    await post('/api/admin/promotions/' + p.id + '/deactivate');
    toast(`Promotion ${p.name} deactivated`, 'success');
    reload();
  });
  return h('table', { id: 'promotions' }, headRow(['Name', 'Coupon', 'Discount', 'Valid', 'Uses', 'Status', 'Actions']),
    h('tbody', null, items.map((p) => h('tr', { key: p.id, 'data-test': 'promotion' },
      cell('Name', p.name), cell('Coupon', p.code || 'automatic'), cell('Discount', discountText(p.discount)
        + (p.target.kind === 'CATEGORIES' ? ' on ' + p.target.categories.join(', ') : '')
        + (p.minimumSubtotal ? ` from ${major(p.minimumSubtotal)}` : '')),
      cell('Valid', [p.validFrom ? 'from ' + when(p.validFrom) : 'from now', p.validUntil ? ' until ' + when(p.validUntil) : ''].join('')),
      cell('Uses', p.usageLimit ? `${p.uses} of ${p.usageLimit}` : String(p.uses)), cell('Status', activeBadge(p.active)),
      h('td', { class: 'row-actions' }, admin && [
        h('button', { type: 'button', 'aria-label': 'Edit ' + p.name, onClick: () => edit(p) }, 'Edit'),
        p.active && h('button', { type: 'button', disabled: busy, 'aria-label': 'Deactivate ' + p.name, onClick: () => deactivate(p) }, 'Deactivate')])))));
}

export function AdminPromotions({ user }) {
  return h(SettingsPage, { title: 'Promotions', what: 'promotion', path: '/api/admin/promotions', user, form: PromotionForm,
    table: PromotionTable, intro: 'Coupons customers type at checkout, and promotions that apply by themselves. Orders keep the discount they were placed with.' });
}

// --- taxes -----------------------------------------------------------------------------------------------
function useCategories() {
  const state = useLoad(() => get('/api/admin/tax-categories' + query({ size: 100 })), []);
  return { state, choices: ((state.data && state.data.items) || []).map((c) => [c.code, `${c.name} (${c.code})`]) };
}

const RATE_FIELDS = (categories) => [
  ['name', 'Name', { required: true, hint: 'e.g. VAT 19 %' }],
  ['country', 'Country code', { required: true, check: countryCheck }],
  ['region', 'Region', { hint: 'Empty: the whole country' }],
  ['taxCategory', 'Tax category', { required: true, type: 'select', choices: [['', 'Choose a category'], ...categories] }],
  ['percent', 'Percent', { required: true, check: numberCheck }],
  ['validFrom', 'Valid from', { required: true, type: 'date' }],
  ['validUntil', 'Valid until', { type: 'date', hint: 'Exclusive; empty: open-ended' }]];

function RateForm({ onDone, onCancel, categories }) {
  const save = async (v) => {
    const saved = await create('/api/admin/tax-rates', { name: v.name.trim(), country: v.country.trim().toUpperCase(),
      region: v.region.trim() || null, taxCategory: v.taxCategory, percent: decimal(v.percent), validFrom: v.validFrom,
      validUntil: v.validUntil || null });
    toast(`Tax rate ${saved.name} created`, 'success');
    onDone();
  };
  return h(SpecForm, { id: 'tax-rate-form', title: 'New tax rate', fields: RATE_FIELDS(categories), onCancel,
    initial: { name: '', country: '', region: '', taxCategory: '', percent: '', validFrom: new Date().toISOString().slice(0, 10), validUntil: '' },
    submitLabel: 'Create tax rate', onSubmit: save });
}

/** The UTC day after an ISO day: a rate closes after its start and from tomorrow at the earliest. */
const dayAfter = (day) => new Date(Date.parse(day + 'T00:00:00Z') + 86400000).toISOString().slice(0, 10);

/** A rate is never edited (orders explain their tax by it); it is closed from a day on, and a new one entered. */
function CloseRateForm({ rate, onDone, onCancel }) {
  const save = async (v) => {
    await post('/api/admin/tax-rates/' + rate.id + '/close', { validUntil: v.validUntil });
    toast(`Tax rate ${rate.name} closed`, 'success');
    onDone();
  };
  return h(SpecForm, { id: 'close-rate-form', title: 'Close ' + rate.name, onCancel, onSubmit: save, submitLabel: 'Close rate',
    fields: [['validUntil', 'Last day is the day before', { required: true, type: 'date' }]],
    initial: { validUntil: dayAfter([new Date().toISOString().slice(0, 10), rate.validFrom].sort()[1]) } });
}

function CategoryForm({ onDone }) {
  const save = async (v) => {
    const saved = await create('/api/admin/tax-categories', { code: v.code.trim(), name: v.name.trim() });
    toast(`Tax category ${saved.name} created`, 'success');
    onDone();
  };
  return h(SpecForm, { id: 'tax-category-form', title: 'New tax category', onSubmit: save, submitLabel: 'Create category',
    fields: [['code', 'Code', { required: true, hint: 'Lower-case letters, digits and dashes, e.g. luxury; never changes' }],
      ['name', 'Name', { required: true }]], initial: { code: '', name: '' } });
}

export function AdminTaxes({ user }) {
  const categories = useCategories();
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState(null);
  const rates = useLoad(() => get('/api/admin/tax-rates' + query({ page, size: 20 })), [page]);
  const admin = user.role === 'ADMIN';
  const done = () => { setEditing(null); rates.reload(); categories.state.reload(); };
  const today = new Date().toISOString().slice(0, 10);
  return h('section', null, h('h1', null, 'Taxes'),
    h('p', { class: 'muted' }, 'Rates per country (and region) and tax category. A rate is never changed: close it from a day on and enter the new one.'),
    !admin && h('p', { class: 'muted', id: 'read-only' }, 'Administrators change these; you may read them.'),
    admin && !editing && h('div', { class: 'form-actions' },
      h('button', { type: 'button', class: 'primary', id: 'new-rate', onClick: () => setEditing({ mode: 'rate' }) }, 'New tax rate'),
      h('button', { type: 'button', id: 'new-category', onClick: () => setEditing({ mode: 'category' }) }, 'New tax category')),
    editing && editing.mode === 'rate' && h(RateForm, { onDone: done, onCancel: () => setEditing(null), categories: categories.choices }),
    editing && editing.mode === 'category' && h(CategoryForm, { onDone: done }),
    editing && editing.mode === 'close' && h(CloseRateForm, { rate: editing.rate, onDone: done, onCancel: () => setEditing(null) }),
    h('h2', null, 'Tax rates'),
    h(Loaded, { state: rates, what: 'tax rates' }, (result) => result.items.length === 0
      ? h(Empty, null, admin ? 'No tax rates yet: orders are not taxed until you enter one.' : 'No tax rates yet.')
      : [h('table', { id: 'tax-rates' }, headRow(['Name', 'Where', 'Category', 'Percent', 'Valid', 'Actions']),
        h('tbody', null, result.items.map((r) => h('tr', { key: r.id, 'data-test': 'tax-rate' },
          cell('Name', r.name), cell('Where', r.region ? `${r.country}, ${r.region}` : r.country), cell('Category', r.taxCategory),
          cell('Percent', `${r.percent} %`), cell('Valid', `from ${r.validFrom}` + (r.validUntil ? ` until ${r.validUntil}` : '')),
          h('td', { class: 'row-actions' }, admin && (!r.validUntil || r.validUntil > today) && h('button', { type: 'button',
            'aria-label': 'Close ' + r.name, onClick: () => setEditing({ mode: 'close', rate: r }) }, 'Close')))))),
        h(Pager, { page: result.page, size: result.size, total: result.total, onPage: setPage })]),
    h('h2', null, 'Tax categories'),
    h(Loaded, { state: categories.state, what: 'tax categories' }, (result) => h('table', { id: 'tax-categories' },
      headRow(['Code', 'Name']),
      h('tbody', null, result.items.map((c) => h('tr', { key: c.code, 'data-test': 'tax-category' },
        cell('Code', c.code), cell('Name', c.name)))))));
}

// --- shipping methods ------------------------------------------------------------------------------------
const RULES = [['FLAT', 'Flat charge per order'], ['PER_ITEM', 'Charge per item'], ['WEIGHT_BANDS', 'By weight (bands kept as they are)']];
const SHIPPING_FIELDS = (categories, hasBands) => [
  ['name', 'Name', { required: true, hint: 'What customers choose, e.g. Parcel' }],
  ['carrier', 'Carrier', { required: true }],
  ['currency', 'Currency', { required: true, check: (v) => (/^[A-Za-z]{3}$/.test(v) ? null : 'Enter a three-letter currency code, e.g. EUR.') }],
  ['countries', 'Countries', { required: true, check: countryCheck, hint: 'Two-letter codes separated by commas' }],
  ['rule.kind', 'Charge', { required: true, type: 'select', choices: hasBands ? RULES : RULES.slice(0, 2) }],
  ['rule.amount', 'Amount', { required: true, check: numberCheck, when: (v) => v['rule.kind'] !== 'WEIGHT_BANDS', hint: 'e.g. 4.90' }],
  ['freeAbove', 'Free from', { check: numberCheck, hint: 'Order subtotal from which shipping is free; empty: never' }],
  ['taxCategory', 'Tax category', { required: true, type: 'select', choices: [['', 'Choose a category'], ...categories] }]];

function ShippingForm({ item, onDone, onCancel }) {
  const categories = useCategories();
  const m = item || {};
  const hasBands = !!(m.rule && m.rule.kind === 'WEIGHT_BANDS');
  const initial = { name: m.name || '', carrier: m.carrier || '', currency: m.currency || 'EUR',
    countries: (m.countries || []).join(', '), 'rule.kind': m.rule ? m.rule.kind : 'FLAT',
    'rule.amount': m.rule && m.rule.amount != null ? major(m.rule.amount) : '', freeAbove: major(m.freeAbove),
    taxCategory: m.taxCategory || 'standard' };
  const save = async (v) => {
    const kind = v['rule.kind'];
    const body = { name: v.name.trim(), carrier: v.carrier.trim(), currency: v.currency.trim().toUpperCase(),
      countries: list(v.countries).map((c) => c.toUpperCase()),
      rule: kind === 'WEIGHT_BANDS' ? m.rule : { kind, amount: minor(v['rule.amount']) },
      freeAbove: minor(v.freeAbove), taxCategory: v.taxCategory, active: item ? m.active : true };
    const saved = item ? await put('/api/admin/shipping-methods/' + m.id, body) : await create('/api/admin/shipping-methods', body);
    toast(`Shipping method ${saved.name} saved`, 'success');
    onDone();
  };
  if (categories.state.loading && !categories.state.data) return null;
  return h(SpecForm, { id: 'shipping-form', title: item ? 'Edit ' + m.name : 'New shipping method', initial, onCancel,
    fields: SHIPPING_FIELDS(categories.choices, hasBands), submitLabel: item ? 'Save changes' : 'Create shipping method', onSubmit: save });
}

function chargeText(m) {
  const m2 = (amount) => money({ amountMinor: amount, currency: m.currency });
  const charge = m.rule.kind === 'FLAT' ? m2(m.rule.amount) : m.rule.kind === 'PER_ITEM' ? `${m2(m.rule.amount)} per item`
    : m.rule.bands.map((b) => `${m2(b.amount)} up to ${b.upToGrams / 1000} kg`).join(', ');
  return m.freeAbove != null ? `${charge}; free from ${m2(m.freeAbove)}` : charge;
}

function ShippingTable({ items, admin, edit, reload }) {
  const [busy, , run] = useSubmit();
  const deactivate = (m) => run(async () => {
    await post('/api/admin/shipping-methods/' + m.id + '/deactivate');
    toast(`Shipping method ${m.name} deactivated`, 'success');
    reload();
  });
  return h('table', { id: 'shipping-methods' }, headRow(['Name', 'Carrier', 'Countries', 'Charge', 'Tax', 'Status', 'Actions']),
    h('tbody', null, items.map((m) => h('tr', { key: m.id, 'data-test': 'shipping-method' },
      cell('Name', m.name), cell('Carrier', m.carrier), cell('Countries', m.countries.join(', ')), cell('Charge', chargeText(m)),
      cell('Tax', m.taxCategory), cell('Status', activeBadge(m.active)),
      h('td', { class: 'row-actions' }, admin && [
        h('button', { type: 'button', 'aria-label': 'Edit ' + m.name, onClick: () => edit(m) }, 'Edit'),
        m.active && h('button', { type: 'button', disabled: busy, 'aria-label': 'Deactivate ' + m.name, onClick: () => deactivate(m) }, 'Deactivate')])))));
}

export function AdminShipping({ user }) {
  return h(SettingsPage, { title: 'Shipping methods', what: 'shipping method', path: '/api/admin/shipping-methods', user,
    form: ShippingForm, table: ShippingTable,
    intro: 'What customers choose from at checkout, per destination country. Orders keep the charge they were placed with; a deactivated method is no longer offered.' });
}

// --- webhooks --------------------------------------------------------------------------------------------
const WEBHOOK_FIELDS = [
  ['url', 'Address (URL)', { required: true, type: 'url', check: (v) => (/^https?:\/\/\S+$/.test(v) ? null : 'Enter an address starting with https://.') }],
  ['eventTypes', 'Events', { hint: 'Event types separated by commas, e.g. order:created, order:cancelled; empty: every event' }]];

function WebhookForm({ onCreated, onCancel }) {
  const save = async (v) => {
    const types = list(v.eventTypes);
    onCreated(await create('/api/admin/webhooks', { url: v.url.trim(), eventTypes: types.length ? types : null }));
  };
  return h(SpecForm, { id: 'webhook-form', title: 'New webhook endpoint', fields: WEBHOOK_FIELDS, onCancel,
    initial: { url: '', eventTypes: '' }, submitLabel: 'Register endpoint', onSubmit: save });
}

/** The attempts at one endpoint's deliveries, newest first; a delivery can be sent again with fresh retries. */
function DeliveryLog({ webhook, onClose }) {
  const [page, setPage] = useState(0);
  const state = useLoad(() => get(`/api/admin/webhooks/${webhook.id}/attempts` + query({ page, size: 20 })), [webhook.id, page]);
  const [busy, , run] = useSubmit();
  const redeliver = (a) => run(async () => {
    await post(`/api/admin/webhooks/${webhook.id}/deliveries/${a.deliveryId}/redeliver`);
    toast(`Event ${a.position} (${a.eventType}) will be sent again`, 'success');
    state.reload();
  });
  return h('section', { class: 'panel', id: 'delivery-log', 'aria-labelledby': 'delivery-log-title' },
    h('h2', { id: 'delivery-log-title' }, 'Delivery log of ' + webhook.url),
    h('div', { class: 'form-actions' }, h('button', { type: 'button', onClick: onClose }, 'Close the log')),
    h(Loaded, { state, what: 'attempts' }, (result) => result.items.length === 0
      ? h(Empty, null, 'Nothing sent yet: attempts appear here once an event of its types happens.')
      : [h('table', null, headRow(['When', 'Event', 'Answer', 'Took', 'Actions']),
        h('tbody', null, result.items.map((a) => h('tr', { key: a.id, 'data-test': 'attempt' },
          cell('When', when(a.attemptedAt)), cell('Event', `${a.eventType} (#${a.position})`),
          cell('Answer', a.statusCode != null ? `HTTP ${a.statusCode}` + (a.responseExcerpt ? ': ' + a.responseExcerpt.slice(0, 80) : '')
            : 'No answer: ' + (a.error || 'unknown')),
          cell('Took', `${a.latencyMillis} ms`),
          h('td', { class: 'row-actions' }, h('button', { type: 'button', disabled: busy,
            'aria-label': `Send event ${a.position} again`, onClick: () => redeliver(a) }, 'Redeliver')))))),
        h(Pager, { page: result.page, size: result.size, total: result.total, onPage: setPage })]));
}

export function AdminWebhooks() {
  const state = useLoad(() => get('/api/admin/webhooks'), []);
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState(null);
  const [log, setLog] = useState(null);
  const [busy, , run] = useSubmit();
  const created = (registered) => { setAdding(false); setSecret(registered); state.reload(); };
  const toggle = (w) => run(async () => {
    await patch('/api/admin/webhooks/' + w.id, { active: !w.active });
    toast(w.active ? `${w.url} switched off` : `${w.url} switched on: pending deliveries go out again`, 'success');
    state.reload();
  });
  return h('section', null, h('h1', null, 'Webhooks'),
    h('p', { class: 'muted' }, 'Addresses that receive the shop\'s events as signed HTTP requests, retried until they answer.'),
    !adding && h('button', { type: 'button', class: 'primary', id: 'new-setting', onClick: () => { setAdding(true); setSecret(null); } }, 'New webhook endpoint'),
    adding && h(WebhookForm, { onCreated: created, onCancel: () => setAdding(false) }),
    secret && h('div', { class: 'panel notice', id: 'webhook-secret', role: 'status' },
      h('h2', null, 'Signing secret of ' + secret.webhook.url),
      h('p', null, 'Copy it now into the receiver: it is shown only this once.'),
      h('code', { 'data-test': 'secret' }, secret.secret),
      h('div', { class: 'form-actions' }, h('button', { type: 'button', id: 'secret-copied', onClick: () => setSecret(null) }, 'I have copied it'))),
    log && h(DeliveryLog, { webhook: log, onClose: () => setLog(null) }),
    h(Loaded, { state, what: 'webhooks' }, (items) => items.length === 0
      ? h(Empty, null, 'No webhook endpoints yet: register one to send events to another system.')
      : h('table', { id: 'webhooks' }, headRow(['Address', 'Events', 'Status', 'Since', 'Actions']),
        h('tbody', null, items.map((w) => h('tr', { key: w.id, 'data-test': 'webhook' },
          cell('Address', w.url), cell('Events', w.eventTypes.length ? w.eventTypes.join(', ') : 'every event'),
          cell('Status', [activeBadge(w.active), w.disabledReason && h('small', null, ' ' + w.disabledReason)]),
          cell('Since', when(w.createdAt)),
          h('td', { class: 'row-actions' },
            h('button', { type: 'button', 'aria-label': 'Delivery log of ' + w.url, onClick: () => setLog(w) }, 'Delivery log'),
            h('button', { type: 'button', disabled: busy, 'aria-label': (w.active ? 'Switch off ' : 'Switch on ') + w.url,
              onClick: () => toggle(w) }, w.active ? 'Switch off' : 'Switch on'))))))));
}
