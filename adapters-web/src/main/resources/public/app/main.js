// The shell: session, hash routing, navigation per role, theme, live connection indicator, toasts.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { h, Toasts, toast, go } from './ui.js';
import { get, hasSession, logOut, onSessionChange, refresh } from './api.js';
import { liveStatus, onLiveStatus, startLive, stopLive } from './live.js';
import { Catalogue, ProductPage, CartPage, CheckoutPage, SignIn, SignUp } from './shop.js';
import { MyOrders, OrderPage, ConfirmationPage } from './orders.js';
import { Dashboard, AdminOrders, AdminProducts, AdminUsers, AdminCategories, AdminCustomers, AdminCustomer } from './admin.js';
import { SellerHome } from './seller.js';
import { AdminPromotions, AdminTaxes, AdminShipping, AdminWebhooks } from './settings.js';
import { ProfilePage } from './profile.js';

const STAFF = ['STAFF', 'ADMIN'];

/** [pattern, page, roles allowed (undefined: anyone)] */
const ROUTES = [
  ['/', Catalogue],
  ['/products/:id', ProductPage],
  ['/signin', SignIn],
  ['/signup', SignUp],
  ['/cart', CartPage, ['CUSTOMER']],
  ['/checkout', CheckoutPage, ['CUSTOMER']],
  ['/orders', MyOrders, ['CUSTOMER']],
  ['/orders/:id/confirmation', ConfirmationPage, ['CUSTOMER']],
  ['/orders/:id', OrderPage, ['CUSTOMER', 'SELLER', 'STAFF', 'ADMIN']],
  ['/admin', Dashboard, STAFF],
  ['/admin/orders', AdminOrders, STAFF],
  ['/admin/products', AdminProducts, ['SELLER', 'STAFF', 'ADMIN']],
  ['/admin/users', AdminUsers, ['ADMIN']],
  ['/admin/categories', AdminCategories, ['ADMIN']],
  ['/admin/customers', AdminCustomers, STAFF],
  ['/admin/customers/:id', AdminCustomer, STAFF],
  ['/admin/promotions', AdminPromotions, STAFF],
  ['/admin/taxes', AdminTaxes, STAFF],
  ['/admin/shipping', AdminShipping, STAFF],
  ['/admin/webhooks', AdminWebhooks, ['ADMIN']],
  ['/seller', SellerHome, ['SELLER']],
  ['/profile', ProfilePage, ['CUSTOMER', 'SELLER', 'STAFF', 'ADMIN']],
];

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, search] = raw.split('?');
  return { path, query: new URLSearchParams(search || '') };
}

function match(path) {
  for (const [pattern, page, roles] of ROUTES) {
    const names = [];
    const regex = new RegExp('^' + pattern.replace(/:(\w+)/g, (_, name) => { names.push(name); return '([^/]+)'; }) + '/?$');
    const found = path.match(regex);
    if (found) {
      const params = {};
      names.forEach((name, i) => { params[name] = decodeURIComponent(found[i + 1]); });
      return { page, roles, params };
    }
  }
  return null;
}

function home(user) {
  if (!user) return '/';
  if (STAFF.includes(user.role)) return '/admin';
  if (user.role === 'SELLER') return '/seller';
  return '/';
}

function useTheme() {
  const [theme, setTheme] = useState(localStorage.getItem('conveyor-theme') || 'auto');
  useEffect(() => {
    if (theme === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
    localStorage.setItem('conveyor-theme', theme);
  }, [theme]);
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  return [dark, () => setTheme(dark ? 'light' : 'dark')];
}

const LIVE_TEXT = { live: 'Live', connecting: 'Connecting…', reconnecting: 'Reconnecting…', offline: 'Offline',
  error: 'Live updates refused', off: '' };

function LiveIndicator() {
  const [status, setStatus] = useState(liveStatus());
  useEffect(() => onLiveStatus(setStatus), []);
  if (status === 'off') return null;
  return h('span', { class: 'live live-' + status, id: 'live-status', 'data-status': status,
    title: 'Live order updates: ' + LIVE_TEXT[status] }, h('span', { class: 'dot', 'aria-hidden': 'true' }),
  h('span', { class: 'live-text' }, LIVE_TEXT[status]));
}

/** How many units the customer's cart holds, kept current by the pages that change it. */
function useCartUnits(user) {
  const [units, setUnits] = useState(0);
  useEffect(() => {
    if (!user || user.role !== 'CUSTOMER') { setUnits(0); return undefined; }
    const load = () => get('/api/cart').then((cart) => setUnits(cart.units || 0), () => setUnits(0));
    load();
    window.addEventListener('conveyor-cart', load);
    return () => window.removeEventListener('conveyor-cart', load);
  }, [user && user.id]);
  return units;
}

function Nav({ user, onLogOut, dark, toggleTheme }) {
  const units = useCartUnits(user);
  const [open, setOpen] = useState(false);
  const links = [];
  const add = (href, text, id, extra) => links.push(h('a', { href: '#' + href, id, onClick: () => setOpen(false), ...extra }, text));
  if (!user || user.role === 'CUSTOMER') add('/', 'Shop', 'nav-shop');
  if (user && user.role === 'CUSTOMER') {
    add('/cart', ['Cart', units > 0 && h('span', { class: 'count', id: 'cart-count', 'aria-hidden': 'true' }, units)], 'nav-cart',
      { 'aria-label': units > 0 ? `Cart, ${units} item${units === 1 ? '' : 's'}` : 'Cart, empty' });
    add('/orders', 'My orders', 'nav-orders');
  }
  if (user && STAFF.includes(user.role)) { add('/admin', 'Dashboard', 'nav-dashboard'); add('/admin/orders', 'Orders', 'nav-admin-orders'); }
  if (user && user.role === 'SELLER') add('/seller', 'My sales', 'nav-seller');
  if (user && user.role !== 'CUSTOMER') add('/admin/products', 'Products', 'nav-products');
  if (user && STAFF.includes(user.role)) {
    add('/admin/customers', 'Customers', 'nav-customers');
    add('/admin/promotions', 'Promotions', 'nav-promotions');
    add('/admin/taxes', 'Taxes', 'nav-taxes');
    add('/admin/shipping', 'Shipping', 'nav-shipping');
  }
  if (user && user.role === 'ADMIN') { add('/admin/categories', 'Categories', 'nav-categories'); add('/admin/users', 'Users', 'nav-users'); add('/admin/webhooks', 'Webhooks', 'nav-webhooks'); }
  if (user) add('/profile', 'Profile', 'nav-profile');
  return h('header', { class: 'top' },
    h('a', { class: 'brand', href: '#' + home(user) }, h('span', { 'aria-hidden': 'true' }, '▤ '), 'Conveyor'),
    h('button', { type: 'button', class: 'menu-toggle', 'aria-expanded': open, 'aria-controls': 'main-nav',
      onClick: () => setOpen(!open) }, 'Menu'),
    h('nav', { id: 'main-nav', class: open ? 'open' : '', 'aria-label': 'Main' }, links),
    h('div', { class: 'session' },
      h(LiveIndicator),
      h('button', { type: 'button', class: 'icon', id: 'theme-toggle', onClick: toggleTheme,
        'aria-label': dark ? 'Switch to light theme' : 'Switch to dark theme' }, dark ? '☀' : '☾'),
      user
        ? [h('a', { class: 'who', id: 'current-user', href: '#/profile', title: 'Your profile' }, user.name || user.email,
          h('small', null, ' ' + user.role)),
          h('button', { type: 'button', id: 'sign-out', onClick: onLogOut }, 'Sign out')]
        : [h('a', { href: '#/signin', id: 'nav-signin' }, 'Sign in'), h('a', { href: '#/signup', class: 'button', id: 'nav-signup' }, 'Sign up')]));
}

function App() {
  const [route, setRoute] = useState(parseHash());
  const [user, setUser] = useState(undefined);
  const [dark, toggleTheme] = useTheme();

  useEffect(() => {
    const changed = () => { setRoute(parseHash()); window.scrollTo(0, 0); };
    window.addEventListener('hashchange', changed);
    onSessionChange((next) => setUser(next));
    if (hasSession()) refresh().then((found) => setUser(found)); else setUser(null);
    return () => window.removeEventListener('hashchange', changed);
  }, []);

  useEffect(() => {
    if (user) startLive(); else if (user === null) stopLive();
  }, [user && user.id]);

  if (user === undefined) return h('p', { class: 'boot' }, 'Loading Conveyor…');

  const signedIn = (next) => { setUser(next); go(home(next)); };
  const onLogOut = async () => { await logOut(); setUser(null); go('/'); toast('Signed out'); };
  const found = match(route.path);
  let content;
  if (!found) {
    content = h('section', null, h('h1', null, 'Not found'), h('p', null, 'There is no page at this address. '),
      h('a', { href: '#/' }, 'Back to the shop'));
  } else if (found.roles && !user) {
    content = h(SignIn, { onSignedIn: (next) => { setUser(next); }, reason: 'Please sign in to continue.' });
  } else if (found.roles && !found.roles.includes(user.role)) {
    content = h('section', null, h('h1', null, 'Not for your role'),
      h('p', null, 'This page is for ' + found.roles.join(', ').toLowerCase() + ' accounts.'),
      h('a', { href: '#' + home(user) }, 'Go to your start page'));
  } else {
    content = h(found.page, { user, params: found.params, query: route.query, onSignedIn: signedIn, key: route.path });
  }
  return [
    h('a', { class: 'skip', href: '#main', onClick: (e) => { e.preventDefault(); document.getElementById('main').focus(); } },
      'Skip to content'),
    h(Nav, { user, onLogOut, dark, toggleTheme }),
    h('main', { id: 'main', tabIndex: -1 }, content),
    h(Toasts),
  ];
}

render(h(App), document.getElementById('app'));
