// Checkout: the address (the address book's default filled in, the others offered, else the profile's), a shipping method for its country, a coupon, and the
// server's quote of the cart, refreshed whenever one of them changes. The order is placed with the quoted
// total as expectedTotal, so the customer is never charged a figure they were not shown: when the server
// prices differently (409 PRICE_CHANGED) the page shows the new quote and asks again. Payment: later (manual methods,
// recorded by the shop), or by card when the server offers it (card.js): the order is placed first, then paid.
import { useEffect, useRef, useState } from 'preact/hooks';
import { h, money, toast, useLoad, Loaded, Field, useSubmit, go, cartChanged, describe, inWords } from './ui.js';
import { get, post, create, query } from './api.js';
import { PriceTable } from './price.js';
import { paymentOptions, useStripe, CardField, CardUnavailable, payByCard } from './card.js';

export const ADDRESS = [['name', 'Full name', 'name', true], ['line1', 'Address', 'address-line1', true],
  ['line2', 'Address line 2', 'address-line2', false], ['postalCode', 'Postal code', 'postal-code', true],
  ['city', 'City', 'address-level2', true], ['region', 'Region', 'address-level1', false],
  ['country', 'Country code', 'country', true]];
const LABELS = Object.fromEntries(ADDRESS.map(([name, label]) => ['shippingAddress.' + name, label]).concat([
  ['shippingMethodId', 'Shipping method'], ['couponCode', 'Coupon'], ['notes', 'Notes']]));
export const BLANK = { name: '', line1: '', line2: '', postalCode: '', city: '', region: '', country: '' };

/** What is missing or malformed in the address, every field at once, in words. */
function addressProblems(address) {
  const problems = {};
  ADDRESS.forEach(([name, label, , required]) => {
    if (required && !address[name].trim()) problems['shippingAddress.' + name] = `Enter the ${label.toLowerCase()}.`;
  });
  if (address.country.trim() && !/^[A-Za-z]{2}$/.test(address.country.trim())) {
    problems['shippingAddress.country'] = 'Enter the country as its two-letter code, e.g. GB or DE.';
  }
  return problems;
}


/** An address on one line, to tell saved ones apart. */
export const oneLine = (a) => [a.name, a.line1, a.city, a.country].filter(Boolean).join(', ');

function toAddress(address) {
  const out = {};
  Object.entries(address).forEach(([k, v]) => { out[k] = v.trim() || null; });
  if (out.country) out.country = out.country.toUpperCase();
  return out;
}

function ruleText(method) {
  const cur = method.currency;
  const m = (minor) => money({ amountMinor: minor, currency: cur });
  const rule = method.rule;
  const charge = rule.kind === 'FLAT' ? m(rule.amount)
    : rule.kind === 'PER_ITEM' ? `${m(rule.amount)} per item`
      : `by weight, from ${m(Math.min(...rule.bands.map((b) => b.amount)))}`;
  return method.freeAbove != null ? `${charge}, free from ${m(method.freeAbove)}` : charge;
}

export const required = (label) => [label, h('span', { class: 'required-mark', 'aria-hidden': 'true' }, ' *')];

function ShippingChoice({ methods, chosen, choose, error }) {
  return h('fieldset', { id: 'shipping-methods', 'aria-describedby': error ? 'shipping-method-error' : undefined },
    h('legend', null, required('Shipping method')),
    methods.map((m) => h('label', { key: m.id, class: 'choice', 'data-test': 'shipping-method' },
      h('input', { type: 'radio', name: 'shippingMethodId', value: m.id, checked: chosen === m.id,
        required: true, onChange: () => choose(m.id) }),
      ` ${m.name} (${m.carrier}) — ${ruleText(m)}`)),
    error && h('p', { class: 'field-error', id: 'shipping-method-error', 'data-test': 'field-error' }, error));
}

function Coupon({ applied, apply, remove, error, busy }) {
  const [code, setCode] = useState('');
  if (applied) {
    return h('div', { class: 'coupon', id: 'coupon' },
      h('p', null, 'Coupon ', h('strong', { id: 'applied-coupon' }, applied.toUpperCase()), ' applied. ',
        h('button', { type: 'button', class: 'link', id: 'remove-coupon', onClick: remove }, 'Remove coupon')));
  }
  // its own form (the input and button point at it), so Enter in the field applies the coupon, not the order
  return h('div', { class: 'coupon', id: 'coupon' },
    h(Field, { label: 'Coupon code (optional)', name: 'couponCode', value: code, onInput: setCode, form: 'coupon-form',
      autocomplete: 'off', errors: error ? { couponCode: error } : {} }),
    h('button', { type: 'submit', form: 'coupon-form', id: 'apply-coupon', disabled: busy || !code.trim(),
      // the field as it is now: a click can come before the render of the last keystrokes
      onClick: (e) => { e.preventDefault(); apply((document.getElementById('f-couponCode')?.value ?? code).trim()); } },
    'Apply'));
}

function PaymentChoice({ chosen, choose, stripe, onCard }) {
  const option = (value, label) => h('label', { class: 'choice', 'data-test': 'payment-choice' },
    h('input', { type: 'radio', name: 'payment', value, checked: chosen === value, onChange: () => choose(value) }), ' ', label);
  return h('fieldset', { id: 'payment-choice' }, h('legend', null, 'Payment'),
    option('later', 'Pay later: by bank transfer or cash on delivery, as the shop records it'),
    option('card', 'Card'),
    chosen === 'card' && (stripe.failed
      ? h(CardUnavailable, null, 'Your order will be placed to pay later; you can pay by card from its page once Stripe can be reached.')
      : stripe.stripe ? h(CardField, { stripe: stripe.stripe, onCard })
        : h('p', { class: 'muted' }, 'Loading the card form…')));
}

export function CheckoutPage({ user }) {
  const cart = useLoad(() => get('/api/cart'), []);
  const me = useLoad(() => get('/api/users/me'), []);
  // the address book (its default first); a server without one leaves the profile's address
  const book = useLoad(() => get('/api/users/me/addresses').catch(() => []), []);
  const entries = book.data || [];
  const saved = (entries[0] && entries[0].address) || (me.data && me.data.address);
  const [chosenId, setChosenId] = useState('');
  const [address, setAddress] = useState({ ...BLANK, name: user.name || '' });
  const [touched, setTouched] = useState(false);
  const [methodId, setMethodId] = useState(null);
  const [coupon, setCoupon] = useState(null);
  const [couponError, setCouponError] = useState(null);
  const [notes, setNotes] = useState('');
  const [quote, setQuote] = useState(null);
  const [quoteError, setQuoteError] = useState(null);
  const [notice, setNotice] = useState(null);
  const [checked, setChecked] = useState({});
  const [busy, serverErrors, run] = useSubmit();
  const sequence = useRef(0);
  // no card when the options cannot be read: paying later always works
  const options = useLoad(() => paymentOptions().catch(() => ({ card: false })), []);
  const cards = options.data && options.data.card ? options.data : null;
  const [payment, setPayment] = useState('later');
  const [card, setCard] = useState(null);
  const stripe = useStripe(cards && cards.stripePublishableKey, payment === 'card');

  const fill = (chosen) => {
    setAddress({ ...BLANK, ...Object.fromEntries(Object.entries(chosen).map(([k, v]) => [k, v || ''])) });
    setChecked({});
  };
  const useSaved = () => { fill(saved); setTouched(true); };
  const choose = (id) => {
    setChosenId(id);
    const entry = entries.find((e) => e.id === id);
    if (entry) { fill(entry.address); setTouched(true); }
  };
  // the default address (else the profile's) fills an untouched form once it is known
  useEffect(() => { if (saved && !touched) fill(saved); }, [saved]);

  const country = /^[A-Za-z]{2}$/.test(address.country.trim()) ? address.country.trim().toUpperCase() : '';
  const methods = useLoad(() => (country ? get('/api/shipping-methods' + query({ country })) : Promise.resolve([])), [country]);
  const offered = methods.data || [];
  useEffect(() => {
    if (!offered.some((m) => m.id === methodId)) setMethodId(offered.length ? offered[0].id : null);
  }, [methods.data]);

  const complete = Object.keys(addressProblems(address)).length === 0;
  const lines = cart.data ? cart.data.lines.map((l) => ({ productId: l.productId, quantity: l.quantity })) : null;
  const fetchQuote = (code) => post('/api/checkout/quote', { lines, shippingAddress: toAddress(address),
    shippingMethodId: methodId, couponCode: code === undefined ? coupon : code });

  // re-quote (after a pause in typing) when the cart, address, method or coupon changes; late answers are dropped
  useEffect(() => {
    if (!complete || !lines || lines.length === 0 || methods.loading) { setQuote(null); return undefined; }
    const mine = ++sequence.current;
    const timer = setTimeout(() => {
      fetchQuote().then((q) => {
        if (mine !== sequence.current) return;
        setQuote(q);
        setQuoteError(null);
      }, (error) => {
        if (mine !== sequence.current) return;
        setQuote(null);
        if (error.field === 'couponCode') { setCoupon(null); setCouponError(describe(error)); return; }
        setQuoteError(error);
      });
    }, 250);
    return () => clearTimeout(timer);
  }, [JSON.stringify(address), methodId, coupon, cart.data, methods.loading, complete]);

  const applyCoupon = (code) => run(async () => {
    setCouponError(null);
    if (!complete || !lines) { setCouponError('Enter the shipping address first: the coupon is checked against its quote.'); return; }
    const q = await fetchQuote(code).catch((error) => {
      if (error.field === 'couponCode') { setCouponError(describe(error)); return null; }
      throw error;
    });
    if (!q) return;
    sequence.current++;
    setQuote(q);
    setCoupon(code);
    toast(`Coupon ${code.toUpperCase()} applied`, 'success');
  });

  const submit = (e) => {
    e.preventDefault();
    const problems = addressProblems(address);
    if (offered.length > 0 && !offered.some((m) => m.id === methodId)) problems.shippingMethodId = 'Choose a shipping method.';
    setChecked(problems);
    setNotice(null);
    if (Object.keys(problems).length > 0) return;
    run(async () => {
      // the customer agrees to the figure on screen: the quote shown, or the cart's total before there was one
      const shown = quote ? quote.totals.gross : cart.data.totals.length === 1 ? cart.data.totals[0].amountMinor : null;
      const fresh = await fetchQuote();
      sequence.current++;
      setQuote(fresh);
      if (fresh.totals.gross !== shown) {
        setNotice(`The total is now ${money({ amountMinor: fresh.totals.gross, currency: fresh.currency })}. Check it and place the order again.`);
        return;
      }
      try {
        const order = await create('/api/cart/checkout', { shippingAddress: toAddress(address), notes: notes || null,
          shippingMethodId: methodId, couponCode: coupon, expectedTotal: fresh.totals.gross });
        cartChanged();
        toast(`Order ${order.number} placed`, 'success');
        if (payment === 'card' && stripe.stripe && card) {
          try {
            await payByCard(stripe.stripe, card, order.id);
          } catch (error) {
            toast(`The card payment did not go through: ${describe(error)} Pay from the order's page.`, 'error');
            go('/orders/' + order.id);
            return;
          }
        }
        go('/orders/' + order.id + '/confirmation');
      } catch (error) {
        if (error.code !== 'PRICE_CHANGED') throw error;
        const again = await fetchQuote();
        sequence.current++;
        setQuote(again);
        setNotice(`Prices changed while you were checking out: the total is now ${money({ amountMinor: again.totals.gross,
          currency: again.currency })}. Check it and place the order again.`);
      }
    }, Object.keys(LABELS));
  };

  const errors = { ...checked, ...inWords(serverErrors, LABELS) };
  const setField = (name) => (v) => {
    setTouched(true);
    setAddress({ ...address, [name]: v });
    if (checked['shippingAddress.' + name]) setChecked({ ...checked, ['shippingAddress.' + name]: undefined });
  };
  const total = (q) => h(PriceTable, { price: q, id: 'quote', caption: 'Your order' });

  return h('section', { class: 'checkout' }, h('h1', null, 'Checkout'),
    h(Loaded, { state: cart, what: 'your cart' }, (c) => h('p', null, `${c.units} items in your cart, `,
      h('strong', { id: 'cart-subtotal' }, c.totals.map(money).join(' + ')), ' before shipping, discounts and tax.')),
    h('form', { id: 'coupon-form', onSubmit: (e) => e.preventDefault() }),
    h('form', { class: 'stack', id: 'checkout-form', onSubmit: submit, noValidate: true, 'aria-label': 'Checkout' },
      h('p', { class: 'muted' }, 'Fields marked ', h('span', { class: 'required-mark' }, '*'), ' are required.'),
      entries.length > 1 ? h(Field, { label: 'Ship to one of your addresses', name: 'saved-address', type: 'select', value: chosenId,
        onInput: choose }, h('option', { value: '' }, 'Choose a saved address…'),
      entries.map((e) => h('option', { key: e.id, value: e.id }, oneLine(e.address) + (e.default ? ' (default)' : ''))))
        : saved && h('p', null, h('button', { type: 'button', class: 'link', id: 'use-saved-address', onClick: useSaved },
          'Use my saved address'), ` (${oneLine(saved)})`),
      h('fieldset', null, h('legend', null, 'Ship to'),
        ADDRESS.map(([name, label, auto, mandatory]) => h(Field, { key: name, label: mandatory ? required(label) : label + ' (optional)',
          name: 'shippingAddress.' + name, autocomplete: auto, required: mandatory, value: address[name], errors,
          hint: name === 'country' ? 'Two letters, e.g. GB or DE' : undefined, onInput: setField(name) }))),
      country && h(Loaded, { state: methods, what: 'shipping methods' }, (list) => list.length === 0
        ? h('p', { class: 'muted', id: 'no-shipping-methods' }, `No shipping method is set up for ${country}: nothing is charged for shipping.`)
        : h(ShippingChoice, { methods: list, chosen: methodId, error: errors.shippingMethodId,
          choose: (id) => { setMethodId(id); setChecked({ ...checked, shippingMethodId: undefined }); } })),
      h(Coupon, { applied: coupon, error: couponError || errors.couponCode, busy,
        apply: applyCoupon, remove: () => { setCoupon(null); setCouponError(null); } }),
      h(Field, { label: 'Notes for the seller (optional)', name: 'notes', type: 'textarea', value: notes, onInput: setNotes, errors }),
      h('div', { class: 'panel', id: 'quote-panel', 'aria-live': 'polite' },
        quote ? total(quote)
          : quoteError ? h('p', { class: 'field-error', id: 'quote-error' }, inWords({ [quoteError.field || '']: describe(quoteError) }, LABELS)[quoteError.field || ''])
            : h('p', { class: 'muted' }, complete ? 'Working out shipping and tax…' : 'Enter the address to see shipping, tax and the total.')),
      cards ? h(PaymentChoice, { chosen: payment, choose: setPayment, stripe, onCard: setCard })
        : h('p', { class: 'muted', id: 'pay-later' }, 'You pay later: by bank transfer or cash on delivery, as the shop records it.'),
      notice && h('p', { class: 'notice', role: 'alert', id: 'price-notice' }, notice),
      h('button', { type: 'submit', class: 'primary', id: 'place-order', disabled: busy || (payment === 'card' && !!stripe.loading) },
        busy ? 'Placing…' : quote ? 'Place order for ' + money({ amountMinor: quote.totals.gross, currency: quote.currency }) : 'Place order')));
}
