// Customer pages: catalogue, product, cart, sign in and sign up (checkout lives in checkout.js).
import { useState } from 'preact/hooks';
import { h, money, toast, useLoad, Loaded, Empty, Field, useSubmit, Pager, Badge, go, cartChanged } from './ui.js';
import { get, post, patch, del, create, logIn, query } from './api.js';

export { CheckoutPage } from './checkout.js';

const PAGE_SIZE = 12;

function availabilityText(stock) {
  if (!stock || stock.available <= 0) return 'Out of stock';
  if (stock.available < 5) return `Only ${stock.available} left`;
  return 'In stock';
}

async function addToCart(user, product, quantity = 1) {
  if (!user) { go('/signin'); toast('Sign in to fill a cart'); return; }
  await post('/api/cart/lines', { productId: product.id, quantity });
  cartChanged();
  toast(`${product.name} added to your cart`, 'success');
}

/** The product's first uploaded picture (its thumbnail for lists), else the image URL it was given. */
export function picture(product, thumbnail) {
  const first = product.images && product.images[0];
  if (first) return thumbnail ? first.thumbnailUrl : first.url;
  return product.imageUrl || null;
}

/** Top-level categories, each followed by its sub-categories, for lists and menus. */
export function inOrder(categories) {
  const tops = categories.filter((c) => !c.parentId);
  return tops.flatMap((top) => [top, ...categories.filter((c) => c.parentId === top.id)]);
}

function CategoryNav({ categories, current, choose }) {
  if (categories.length === 0) return null;
  const button = (name, label, sub) => h('li', { key: label, class: sub ? 'sub' : '' },
    h('button', { type: 'button', class: 'chip', 'aria-pressed': current === name ? 'true' : 'false',
      'data-test': 'category-link', onClick: () => choose(name) }, label));
  return h('nav', { class: 'categories', 'aria-label': 'Categories' },
    h('ul', null, button('', 'All products'),
      inOrder(categories).map((c) => button(c.name, c.name, !!c.parentId))));
}

function ProductCard({ product, user }) {
  const [busy, , run] = useSubmit();
  const soldOut = product.stock.available <= 0;
  return h('li', { class: 'card product', 'data-test': 'product', 'data-sku': product.sku },
    picture(product) ? h('img', { src: picture(product, true), alt: '', loading: 'lazy', 'data-test': 'product-image' })
      : h('div', { class: 'placeholder', 'aria-hidden': 'true' }, product.name.slice(0, 1)),
    h('h3', null, h('a', { href: '#/products/' + product.id }, product.name)),
    h('p', { class: 'muted' }, product.category || ''),
    h('p', { class: 'price' }, money(product.price)),
    h('p', { class: soldOut ? 'stock out' : 'stock' }, availabilityText(product.stock)),
    (!user || user.role === 'CUSTOMER') && h('button', { type: 'button', class: 'primary', disabled: busy || soldOut,
      'aria-label': 'Add ' + product.name + ' to cart', onClick: () => run(() => addToCart(user, product)) }, 'Add to cart'));
}

/** An empty catalogue says why and what to do about it. */
function NoProducts({ user, filtered, clear }) {
  if (filtered) {
    return h(Empty, null, 'No products match your search. ',
      h('button', { type: 'button', class: 'link', id: 'clear-search', onClick: clear }, 'Show all products'));
  }
  if (user && user.role !== 'CUSTOMER') {
    return h(Empty, null, 'Nothing is on sale yet. ', h('a', { href: '#/admin/products' }, 'Add a product'),
      ' and it appears here once active.');
  }
  return h(Empty, null, 'Nothing is on sale yet. New products appear here as soon as sellers add them; come back soon.');
}

export function Catalogue({ user, query: params }) {
  const [q, setQ] = useState(params.get('q') || '');
  const [category, setCategory] = useState(params.get('category') || '');
  const [applied, setApplied] = useState({ q, category });
  const [page, setPage] = useState(0);
  const state = useLoad(() => get('/api/products' + query({ q: applied.q, category: applied.category, page, size: PAGE_SIZE })),
    [applied.q, applied.category, page]);
  const categories = useLoad(() => get('/api/categories'), []);
  const search = (e) => { e.preventDefault(); setPage(0); setApplied({ q, category }); };
  const choose = (name) => { setCategory(name); setPage(0); setApplied({ q, category: name }); };
  const known = categories.data || [];
  return h('section', null,
    h('h1', null, applied.category || 'Shop'),
    h(CategoryNav, { categories: known, current: applied.category, choose }),
    h('form', { class: 'filters', role: 'search', onSubmit: search },
      h(Field, { label: 'Search products', name: 'q', type: 'search', value: q, onInput: setQ, placeholder: 'Name or SKU' }),
      h(Field, { label: 'Category', name: 'category', type: 'select', value: category, onInput: setCategory },
        h('option', { value: '' }, 'All categories'),
        inOrder(known).map((c) => h('option', { key: c.id, value: c.name }, (c.parentId ? '— ' : '') + c.name))),
      h('button', { type: 'submit', class: 'primary', id: 'search' }, 'Search')),
    h(Loaded, { state, what: 'products' }, (result) => result.items.length === 0
      ? h(NoProducts, { user, filtered: !!(applied.q || applied.category),
        clear: () => { setQ(''); setCategory(''); setPage(0); setApplied({ q: '', category: '' }); } })
      : [h('p', { class: 'muted', 'aria-live': 'polite' }, `${result.total} product${result.total === 1 ? '' : 's'}`),
        h('ul', { class: 'grid' }, result.items.map((p) => h(ProductCard, { key: p.id, product: p, user }))),
        h(Pager, { page: result.page, size: result.size, total: result.total, onPage: setPage })]));
}

export function ProductPage({ user, params }) {
  const state = useLoad(() => get('/api/products/' + params.id), [params.id]);
  const [quantity, setQuantity] = useState('1');
  const [busy, errors, run] = useSubmit();
  return h(Loaded, { state, what: 'the product' }, (p) => h('section', { class: 'product-detail' },
    h('p', null, h('a', { href: '#/' }, '‹ Back to the shop')),
    h('h1', null, p.name),
    picture(p) && h('img', { src: picture(p), alt: p.name, class: 'hero', 'data-test': 'product-picture' }),
    h('p', { class: 'price' }, money(p.price)),
    h('p', { class: p.stock.available > 0 ? 'stock' : 'stock out', id: 'availability' },
      availabilityText(p.stock), ` (${p.stock.available} available)`),
    h('dl', { class: 'facts' }, h('dt', null, 'SKU'), h('dd', null, p.sku), h('dt', null, 'Category'), h('dd', null, p.category || '—')),
    p.description && h('p', null, p.description),
    (!user || user.role === 'CUSTOMER') && h('form', { class: 'inline', onSubmit: (e) => {
      e.preventDefault();
      run(() => addToCart(user, p, Number(quantity)), ['quantity']);
    } },
    h(Field, { label: 'Quantity', name: 'quantity', type: 'number', min: 1, value: quantity, onInput: setQuantity, errors }),
    h('button', { type: 'submit', class: 'primary', id: 'add-to-cart', disabled: busy || p.stock.available <= 0 }, 'Add to cart'))));
}

export function CartPage() {
  const state = useLoad(() => get('/api/cart'), []);
  const [busy, , run] = useSubmit();
  const change = (line, quantity) => run(async () => {
    state.setData(quantity > 0 ? await patch('/api/cart/lines/' + line.productId, { quantity })
      : await del('/api/cart/lines/' + line.productId));
    cartChanged();
  });
  return h('section', null, h('h1', null, 'Your cart'),
    h(Loaded, { state, what: 'your cart' }, (cart) => cart.lines.length === 0
      ? h(Empty, null, 'Your cart is empty. ', h('a', { href: '#/' }, 'Browse the shop'))
      : [h('table', { class: 'lines' },
        h('thead', null, h('tr', null, ['Product', 'Price', 'Quantity', 'Total', ''].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, cart.lines.map((line) => h('tr', { key: line.productId, 'data-test': 'cart-line' },
          h('td', { 'data-label': 'Product' }, line.name, line.availability !== 'AVAILABLE' && [' ', h(Badge, { value: line.availability })]),
          h('td', { 'data-label': 'Price' }, money(line.unitPrice)),
          h('td', { 'data-label': 'Quantity' }, h('input', { type: 'number', min: 0, value: line.quantity, class: 'qty',
            'aria-label': 'Quantity of ' + line.name, disabled: busy,
            onChange: (e) => change(line, Number(e.target.value)) })),
          h('td', { 'data-label': 'Total' }, money(line.lineTotal)),
          h('td', null, h('button', { type: 'button', class: 'link', disabled: busy, onClick: () => change(line, 0),
            'aria-label': 'Remove ' + line.name }, 'Remove')))))),
      h('p', { class: 'total', id: 'cart-total' }, 'Total: ', cart.totals.map(money).join(' + '), ` (${cart.units} items)`),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', id: 'checkout', disabled: !cart.readyForCheckout,
          onClick: () => go('/checkout') }, 'Checkout'),
        !cart.readyForCheckout && h('span', { class: 'muted' }, 'Adjust the marked lines to check out.'))]));
}

export function SignIn({ onSignedIn, reason }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, errors, run] = useSubmit();
  const submit = (e) => {
    e.preventDefault();
    run(async () => { const user = await logIn(email, password); toast('Welcome back, ' + (user.name || user.email)); onSignedIn(user); },
      ['email', 'password']);
  };
  return h('section', { class: 'narrow' }, h('h1', null, 'Sign in'), reason && h('p', null, reason),
    h('form', { class: 'stack', onSubmit: submit },
      h(Field, { label: 'E-mail', name: 'email', type: 'email', autocomplete: 'username', required: true, value: email, onInput: setEmail, errors }),
      h(Field, { label: 'Password', name: 'password', type: 'password', autocomplete: 'current-password', required: true, value: password, onInput: setPassword, errors }),
      h('button', { type: 'submit', class: 'primary', id: 'signin-submit', disabled: busy }, 'Sign in')),
    h('p', null, 'New here? ', h('a', { href: '#/signup' }, 'Create an account')));
}

export function SignUp({ onSignedIn }) {
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const [busy, errors, run] = useSubmit();
  const set = (name) => (value) => setForm({ ...form, [name]: value });
  const submit = (e) => {
    e.preventDefault();
    run(async () => {
      await create('/api/auth/signup', form);
      const user = await logIn(form.email, form.password);
      toast('Welcome to Conveyor, ' + (user.name || user.email), 'success');
      onSignedIn(user);
    }, ['name', 'email', 'password']);
  };
  return h('section', { class: 'narrow' }, h('h1', null, 'Create an account'),
    h('form', { class: 'stack', onSubmit: submit },
      h(Field, { label: 'Name', name: 'name', autocomplete: 'name', value: form.name, onInput: set('name'), errors }),
      h(Field, { label: 'E-mail', name: 'email', type: 'email', autocomplete: 'email', required: true, value: form.email, onInput: set('email'), errors }),
      h(Field, { label: 'Password', name: 'password', type: 'password', autocomplete: 'new-password', required: true,
        hint: 'At least 10 characters', value: form.password, onInput: set('password'), errors }),
      h('button', { type: 'submit', class: 'primary', id: 'signup-submit', disabled: busy }, 'Create account')),
    h('p', null, 'Already have an account? ', h('a', { href: '#/signin' }, 'Sign in')));
}
