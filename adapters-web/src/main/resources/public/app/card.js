// Paying by card through Stripe.js. Stripe requires Stripe.js to come from js.stripe.com (never bundled), so it is
// loaded only once a card is about to be used, and may fail to load (offline, blocked by an extension or a
// network): then nothing is opened at Stripe, the order stays to be paid later, and the page says so. Card
// numbers go into Stripe's own frame and never touch this page; the payment is recorded by Stripe's webhook.
import { useEffect, useRef, useState } from 'preact/hooks';
import { h, toast, describe } from './ui.js';
import { get, post, newKey } from './api.js';

const STRIPE_JS = 'https://js.stripe.com/v3';
// a blocked script fails at once; a network that swallows the request must not keep the customer waiting
const LOAD_DEADLINE_MS = 15000;

export const CARD_UNAVAILABLE = 'Card payment is not available right now: Stripe, who processes cards for us, '
  + 'cannot be reached from this browser (offline, or blocked by an extension or the network).';

let options = null;
/** The server's payment options, asked once per page: they change only with its settings. */
export function paymentOptions() {
  options = options || get('/api/payments/options').catch((error) => { options = null; throw error; });
  return options;
}

let stripe = null;
/** Stripe.js with the shop's key, loaded once; rejects when it cannot load, so a later try loads it afresh. */
export function loadStripe(publishableKey) {
  stripe = stripe || new Promise((resolve, reject) => {
    const script = document.createElement('script');
    const fail = () => {
      clearTimeout(deadline);
      script.remove();
      stripe = null;
      reject(new Error('Stripe.js could not load'));
    };
    const deadline = setTimeout(fail, LOAD_DEADLINE_MS);
    script.src = STRIPE_JS;
    script.onload = () => {
      clearTimeout(deadline);
      if (window.Stripe) resolve(window.Stripe(publishableKey));
      else fail();
    };
    script.onerror = fail;
    document.head.appendChild(script);
  });
  return stripe;
}

/** Loads Stripe.js while `wanted`: {stripe} once loaded, {failed} when it cannot load. */
export function useStripe(publishableKey, wanted) {
  const [state, setState] = useState({});
  useEffect(() => {
    if (!wanted || !publishableKey) return undefined;
    let alive = true;
    setState({ loading: true });
    loadStripe(publishableKey).then((s) => alive && setState({ stripe: s }), () => alive && setState({ failed: true }));
    return () => { alive = false; };
  }, [publishableKey, wanted]);
  return state;
}

export const CardUnavailable = ({ children }) => h('p', { class: 'notice', role: 'alert', id: 'card-unavailable' },
  CARD_UNAVAILABLE, ' ', children);

/** Stripe's card field, in its own frame, mounted while shown; `onCard` gets the element to confirm with. */
export function CardField({ stripe, onCard }) {
  const box = useRef(null);
  useEffect(() => {
    const card = stripe.elements().create('card');
    card.mount(box.current);
    onCard(card);
    return () => { onCard(null); card.destroy(); };
  }, [stripe]);
  return h('div', { class: 'field' }, h('span', { id: 'card-label' }, 'Card details'),
    h('div', { ref: box, id: 'card-element', class: 'card-element', role: 'group', 'aria-labelledby': 'card-label' }));
}

// one key per order and page: trying again (a declined card, a lost answer) confirms the same PaymentIntent
const keys = new Map();

/** Opens a card payment for the order's balance and confirms it with the card; throws Stripe's reason when refused. */
export async function payByCard(stripe, card, orderId) {
  if (!keys.has(orderId)) keys.set(orderId, newKey());
  const intent = await post('/api/orders/' + orderId + '/payment-intents', {}, { key: keys.get(orderId) });
  const result = await stripe.confirmCardPayment(intent.clientSecret, { payment_method: { card } });
  if (result.error) throw new Error(result.error.message);
  keys.delete(orderId);
  toast('Card payment accepted: it shows on the order once Stripe confirms it', 'success');
}

/** For the customer of an order with something left to pay, when cards are offered: pay it by card. */
export function PayByCard({ order, options: offered, onDone }) {
  const [open, setOpen] = useState(false);
  const [card, setCard] = useState(null);
  const [busy, setBusy] = useState(false);
  const state = useStripe(offered && offered.stripePublishableKey, open);
  if (!offered || !offered.card || order.status === 'CANCELLED' || !order.balanceDue || order.balanceDue.amountMinor <= 0) {
    return null;
  }
  const pay = async (e) => {
    e.preventDefault();
    setBusy(true);
    try {
      await payByCard(state.stripe, card, order.id);
      setOpen(false);
      onDone();
    } catch (error) {
      toast(describe(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  if (!open) {
    return h('p', null, h('button', { type: 'button', class: 'primary', id: 'pay-by-card', onClick: () => setOpen(true) }, 'Pay by card'));
  }
  return h('form', { class: 'panel', id: 'card-payment', onSubmit: pay }, h('h3', null, 'Pay by card'),
    state.failed ? h(CardUnavailable, null, 'Try again later, or pay by bank transfer or on delivery.')
      : state.stripe ? h(CardField, { stripe: state.stripe, onCard: setCard })
        : h('p', { class: 'muted' }, 'Loading the card form…'),
    h('div', { class: 'actions' },
      state.stripe && h('button', { type: 'submit', class: 'primary', id: 'pay-by-card-submit', disabled: busy || !card }, busy ? 'Paying…' : 'Pay'),
      h('button', { type: 'button', onClick: () => setOpen(false) }, 'Not now')));
}
