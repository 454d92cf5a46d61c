// Bulk work on the admin order list: the selection's actions (move to processing, ship each in one delivery,
// export as CSV) and what happened to each order.
import { useState } from 'preact/hooks';
import { h, toast, describe } from './ui.js';
import { newKey, post } from './api.js';

const ACTIONS = { PROCESS: 'moved to processing', SHIP: 'shipped' };

/** The selection of the visible page: a Set of order ids, with a toggle per order and one for the page. */
export function useSelection() {
  const [selected, setSelected] = useState(new Set());
  const toggle = (id) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id); else next.add(id);
    setSelected(next);
  };
  const toggleAll = (ids) => setSelected(ids.every((id) => selected.has(id)) ? new Set() : new Set(ids));
  return { selected, toggle, toggleAll, clear: () => setSelected(new Set()) };
}

function download(csv) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'orders.csv';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The bar above the table while orders are selected. One Idempotency-Key per click, so that a retried request
 * (a lost answer) reports the first run instead of running it again.
 */
export function BulkBar({ items, selection, onDone }) {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState(null);
  const ids = items.filter((o) => selection.selected.has(o.id)).map((o) => o.id);
  const numbers = Object.fromEntries(items.map((o) => [o.id, o.number]));
  const run = async (action) => {
    setBusy(true);
    try {
      const result = await post('/api/admin/orders/bulk', { action, orderIds: ids }, { key: newKey() });
      setReport({ action, ...result });
      toast(`${result.succeeded} of ${ids.length} orders ${ACTIONS[action]}`, result.failed ? 'error' : 'success');
      selection.clear();
      onDone();
    } catch (e) {
      toast(describe(e), 'error');
    } finally {
      setBusy(false);
    }
  };
  const exportCsv = async () => {
    setBusy(true);
    try {
      download(await post('/api/admin/orders/export', { orderIds: ids }, { headers: { Accept: 'text/csv' } }));
    } catch (e) {
      toast(describe(e), 'error');
    } finally {
      setBusy(false);
    }
  };
  const failures = report ? report.orders.filter((o) => !o.succeeded) : [];
  return [
    ids.length > 0 && h('div', { class: 'bulk-bar', id: 'bulk-bar', role: 'toolbar', 'aria-label': 'Selected orders' },
      h('span', { id: 'bulk-count' }, `${ids.length} selected`),
      h('button', { type: 'button', id: 'bulk-process', disabled: busy, onClick: () => run('PROCESS') }, 'Move to processing'),
      h('button', { type: 'button', id: 'bulk-ship', class: 'primary', disabled: busy, onClick: () => run('SHIP') }, 'Ship each in one delivery'),
      h('button', { type: 'button', id: 'bulk-export', disabled: busy, onClick: exportCsv }, 'Export CSV'),
      h('button', { type: 'button', class: 'link', id: 'bulk-clear', onClick: selection.clear }, 'Clear selection')),
    report && h('div', { class: failures.length ? 'card bulk-report failure' : 'card bulk-report', id: 'bulk-report', role: 'status' },
      h('p', null, `${report.succeeded} ${report.succeeded === 1 ? 'order' : 'orders'} ${ACTIONS[report.action]}`,
        failures.length ? `, ${failures.length} not:` : '.'),
      failures.length > 0 && h('ul', null, failures.map((o) => h('li', { 'data-test': 'bulk-failure', 'data-order': o.orderId },
        h('a', { href: '#/orders/' + o.orderId }, numbers[o.orderId] || o.orderId), ' — ', o.message))),
      h('button', { type: 'button', class: 'link', onClick: () => setReport(null) }, 'Dismiss')),
  ];
}
