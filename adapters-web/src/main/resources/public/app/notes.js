// Staff notes: what staff keep about a customer or an order, for each other. The API refuses them to
// customers and sellers, so only staff pages load them.
import { useState } from 'preact/hooks';
import { h, when, toast, useLoad, Loaded, Empty, Field, useSubmit } from './ui.js';
import { get, create } from './api.js';

export const notesOf = (path) => get(path + '/notes?size=100');

/** A note's author as colleagues know them. */
export const authorOf = (note) => note.authorName || 'A former colleague';

/** `path`: the customer's or the order's API path; `onAdded` reloads whatever shows the notes. */
export function NoteForm({ path, onAdded }) {
  const [body, setBody] = useState('');
  const [busy, errors, run] = useSubmit();
  const submit = (e) => {
    e.preventDefault();
    run(async () => {
      await create(path + '/notes', { body });
      toast('Note added', 'success');
      setBody('');
      onAdded();
    }, ['body']);
  };
  return h('form', { class: 'panel note-form', id: 'add-note', onSubmit: submit },
    h(Field, { label: 'Staff note (never shown to the customer)', name: 'body', type: 'textarea', value: body, errors,
      maxLength: 2000, rows: 3, onInput: setBody }),
    h('button', { type: 'submit', class: 'primary', id: 'add-note-submit', disabled: busy }, 'Add note'));
}

/** The customer page's notes, newest first, with the form that adds one. */
export function CustomerNotes({ customerId }) {
  const path = '/api/admin/customers/' + customerId;
  const state = useLoad(() => notesOf(path), [customerId]);
  return h('section', { id: 'staff-notes' }, h('h2', null, 'Staff notes'),
    h(Loaded, { state, what: 'notes' }, (page) => page.items.length === 0 ? h(Empty, null, 'No notes yet.')
      : h('ul', { class: 'cards' }, page.items.map((n) => h('li', { key: n.id, class: 'card', 'data-test': 'staff-note' },
        h('p', { class: 'note-body' }, n.body),
        h('p', { class: 'muted' }, authorOf(n), ' · ', when(n.createdAt)))))),
    h(NoteForm, { path, onAdded: state.reload }));
}
