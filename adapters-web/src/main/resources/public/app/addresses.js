// The address book on the profile page: several saved addresses, one of them the default that the checkout
// fills in. One form is open at a time (a new address or the one being edited), so field ids stay unique.
import { useState } from 'preact/hooks';
import { h, toast, useLoad, Loaded, Empty, Field, useSubmit, Badge } from './ui.js';
import { get, put, del, create } from './api.js';
import { ADDRESS, BLANK, required, oneLine } from './checkout.js';

const PATH = '/api/users/me/addresses';

function AddressForm({ entry, onDone, onCancel }) {
  const [address, setAddress] = useState(entry
    ? { ...BLANK, ...Object.fromEntries(Object.entries(entry.address).map(([k, v]) => [k, v || ''])) } : BLANK);
  const [makeDefault, setMakeDefault] = useState(false);
  const [busy, errors, run] = useSubmit();
  const submit = (e) => {
    e.preventDefault();
    const body = { address: Object.fromEntries(Object.entries(address).map(([k, v]) => [k, v.trim() || null])),
      default: makeDefault };
    run(async () => {
      await (entry ? put(PATH + '/' + entry.id, body) : create(PATH, body));
      toast(entry ? 'Address saved' : 'Address added', 'success');
      onDone();
    }, ADDRESS.map(([name]) => 'address.' + name));
  };
  return h('form', { class: 'panel', id: 'address-form', onSubmit: submit, noValidate: true },
    h('h3', null, entry ? 'Edit address' : 'New address'),
    ADDRESS.map(([name, label, auto, mandatory]) => h(Field, { key: name, label: mandatory ? required(label) : label + ' (optional)',
      name: 'address.' + name, autocomplete: 'shipping ' + auto, required: mandatory, value: address[name], errors,
      hint: name === 'country' ? 'Two letters, e.g. GB or DE' : undefined,
      onInput: (v) => setAddress({ ...address, [name]: v }) })),
    !(entry && entry.default) && h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'address-default',
      checked: makeDefault, onChange: (e) => setMakeDefault(e.target.checked) }), ' Make this my default address'),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', id: 'save-address', disabled: busy }, entry ? 'Save address' : 'Add address'),
      h('button', { type: 'button', onClick: onCancel }, 'Cancel')));
}

export function AddressBook() {
  const state = useLoad(() => get(PATH), []);
  const [editing, setEditing] = useState(null); // an address id, 'new', or null
  const [busy, , run] = useSubmit();
  const done = () => { setEditing(null); state.reload(); };
  const makeDefault = (entry) => run(async () => {
    await put(PATH + '/' + entry.id, { address: entry.address, default: true });
    toast('Default address changed', 'success');
    state.reload();
  });
  const remove = (entry) => run(async () => {
    await del(PATH + '/' + entry.id);
    toast('Address removed', 'success');
    state.reload();
  });
  return h('section', { class: 'panel', id: 'address-book' }, h('h2', null, 'Addresses'),
    h(Loaded, { state, what: 'your addresses' }, (entries) => [
      entries.length === 0 ? h(Empty, { key: 'empty' }, 'No saved addresses. Add one and the checkout fills it in.')
        : h('ul', { class: 'cards', key: 'list' }, entries.map((e) => (editing === e.id
          ? h('li', { key: e.id }, h(AddressForm, { entry: e, onDone: done, onCancel: () => setEditing(null) }))
          : h('li', { key: e.id, class: 'card', 'data-test': 'saved-address', 'data-default': e.default ? 'true' : 'false' },
            h('p', null, oneLine(e.address), e.default && [' ', h(Badge, { value: 'default' })]),
            h('div', { class: 'actions' },
              h('button', { type: 'button', 'data-action': 'edit-address', disabled: busy, onClick: () => setEditing(e.id) },
                'Edit', h('span', { class: 'visually-hidden' }, ' ' + oneLine(e.address))),
              !e.default && h('button', { type: 'button', 'data-action': 'default-address', disabled: busy, onClick: () => makeDefault(e) },
                'Make default'),
              h('button', { type: 'button', class: 'danger', 'data-action': 'delete-address', disabled: busy, onClick: () => remove(e) },
                'Delete', h('span', { class: 'visually-hidden' }, ' ' + oneLine(e.address)))))))),
      editing === 'new' ? h(AddressForm, { key: 'new', onDone: done, onCancel: () => setEditing(null) })
        : h('button', { type: 'button', key: 'add', id: 'add-address', onClick: () => setEditing('new') }, 'Add an address')]));
}
