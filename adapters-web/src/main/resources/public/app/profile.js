// The profile every role has: name and phone, the address book, and a password change (which signs every session out, this
// one too, so the page sends the user to sign in with the new password).
import { useState } from 'preact/hooks';
import { h, toast, useLoad, Loaded, Field, useSubmit, go } from './ui.js';
import { get, patch, post, refresh, endSession } from './api.js';
import { startLive, stopLive } from './live.js';
import { AddressBook } from './addresses.js';

function Details({ me, onSaved }) {
  const [form, setForm] = useState({ name: me.name || '', phone: me.phone || '' });
  const [busy, errors, run] = useSubmit();
  const set = (name) => (value) => setForm({ ...form, [name]: value });
  const submit = (e) => {
    e.preventDefault();
    run(async () => {
      // a blank name or phone clears it
      const saved = await patch('/api/users/me', { name: form.name, phone: form.phone });
      await refresh(); // the header shows the new name
      toast('Profile saved', 'success');
      onSaved(saved);
    }, ['name', 'phone']);
  };
  return h('form', { class: 'panel', id: 'profile-details', onSubmit: submit }, h('h2', null, 'Your details'),
    h('p', { class: 'muted' }, 'Signed in as ', h('strong', null, me.email), ' · ', me.role.toLowerCase()),
    h(Field, { label: 'Name', name: 'name', value: form.name, onInput: set('name'), errors, autocomplete: 'name' }),
    h(Field, { label: 'Phone', name: 'phone', type: 'tel', value: form.phone, onInput: set('phone'), errors, autocomplete: 'tel',
      hint: 'Digits with spaces and + ( ) . / - allowed' }),
    h('button', { type: 'submit', class: 'primary', id: 'save-profile', disabled: busy }, 'Save'));
}

function PasswordChange() {
  const [form, setForm] = useState({ currentPassword: '', password: '', repeat: '' });
  const [busy, errors, run] = useSubmit();
  const [mismatch, setMismatch] = useState(null);
  const set = (name) => (value) => setForm({ ...form, [name]: value });
  const submit = (e) => {
    e.preventDefault();
    if (form.password !== form.repeat) { setMismatch('The two new passwords differ.'); return; }
    setMismatch(null);
    run(async () => {
      // the change ends every session, this page's socket too: stop it first rather than have it try to renew
      stopLive();
      try {
        await post('/api/users/me/password', { currentPassword: form.currentPassword, password: form.password });
      } catch (refused) {
        startLive();
        throw refused;
      }
      // the answer cleared the session cookies: nothing to log out of
      endSession();
      toast('Password changed. Sign in with the new one.', 'success');
      go('/signin');
    }, ['currentPassword', 'password']);
  };
  return h('form', { class: 'panel', id: 'password-change', onSubmit: submit }, h('h2', null, 'Password'),
    h(Field, { label: 'Current password', name: 'currentPassword', type: 'password', value: form.currentPassword,
      onInput: set('currentPassword'), errors, autocomplete: 'current-password', required: true }),
    h(Field, { label: 'New password', name: 'password', type: 'password', value: form.password, onInput: set('password'),
      errors, autocomplete: 'new-password', required: true, minLength: 10, hint: 'At least 10 characters; a pass phrase works well' }),
    h(Field, { label: 'New password again', name: 'repeat', type: 'password', value: form.repeat, onInput: set('repeat'),
      errors: mismatch ? { repeat: mismatch } : null, autocomplete: 'new-password', required: true }),
    h('p', { class: 'muted' }, 'Changing it signs you out everywhere, here too.'),
    h('button', { type: 'submit', class: 'primary', id: 'change-password', disabled: busy }, 'Change password'));
}

export function ProfilePage() {
  const state = useLoad(() => get('/api/users/me'), []);
  return h('section', { class: 'narrow' }, h('h1', null, 'Your profile'),
    h(Loaded, { state, what: 'your profile' }, (me) => [
      h(Details, { key: 'details', me, onSaved: state.setData }),
      h(AddressBook, { key: 'addresses' }),
      h(PasswordChange, { key: 'password' })]));
}
