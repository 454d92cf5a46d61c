// An order's price as the server computed it (a checkout quote, a placed order): subtotal, discounts with
// the promotions' names, shipping with its carrier, tax per rate and the total, a currency on every amount.
// Read down, subtotal − promotions + shipping (+ tax when prices are net) is the total; a free-shipping
// promotion is one of the promotions, so the shipping row keeps the method's charge.
import { h, money } from './ui.js';

const amount = (minor, currency) => money({ amountMinor: minor, currency });

function taxLabel(rate, included) {
  return `${rate.name}${included ? ' (included)' : ''}`;
}

/** The breakdown as a two-column table; `id` prefixes the element ids the tests read. */
export function PriceTable({ price, id = 'price', caption = 'Price' }) {
  const cur = price.currency;
  const row = (key, label, value, extra = {}) => h('tr', { key, ...extra },
    h('th', { scope: 'row' }, label), h('td', null, value));
  const units = price.lines.reduce((sum, l) => sum + l.quantity, 0);
  const shipping = price.shipping;
  return h('table', { class: 'breakdown', id },
    h('caption', null, caption),
    h('tbody', null,
      row('subtotal', `Subtotal (${units} item${units === 1 ? '' : 's'})`, amount(price.totals.subtotal, cur), { 'data-test': 'price-subtotal' }),
      price.promotions.map((p) => row('promo-' + p.id, p.code ? `${p.name} (coupon ${p.code})` : p.name,
        '−' + amount(p.amount, cur), { 'data-test': 'price-promotion' })),
      shipping ? row('shipping', `Shipping: ${shipping.name} · ${shipping.carrier}`,
        amount(shipping.amount, cur), { 'data-test': 'price-shipping' })
        : row('shipping', 'Shipping', 'none chosen', { 'data-test': 'price-shipping' }),
      price.taxes.filter((t) => t.rate.id).map((t) => row('tax-' + t.rate.id, taxLabel(t.rate, price.pricesIncludeTax),
        amount(t.tax, cur), { 'data-test': 'price-tax' })),
      h('tr', { class: 'grand', 'data-test': 'price-total' }, h('th', { scope: 'row' }, 'Total'),
        h('td', { id: id + '-total', 'data-minor': price.totals.gross }, amount(price.totals.gross, cur)))));
}
