// Saved views of the admin order list: a staff member's named filter sets, for themselves
// (GET/POST /api/admin/order-views, DELETE /api/admin/order-views/{id}).
import { useState } from 'preact/hooks';
import { h, toast, describe, useLoad, Field } from './ui.js';
import { get, create, del } from './api.js';

/**
 * @param current the list's filters and sort now, saved as they are (blank ones are left out by the server)
 * @param onApply receives a view's filters (sort included) to show the list with
 */
export function SavedViews({ current, onApply }) {
  const views = useLoad(() => get('/api/admin/order-views'), []);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState(null);
  const list = views.data || [];
  const choose = (id) => {
    setChosen(id);
    const view = list.find((v) => v.id === id);
    if (view) onApply(view.filters);
  };
  const save = async (e) => {
    e.preventDefault();
    setError(null);
    try {
      const saved = await create('/api/admin/order-views', { name, filters: current });
      toast(`View "${saved.name}" saved`, 'success');
      setName('');
      setChosen(saved.id);
      views.reload();
    } catch (failure) {
      if (failure.field === 'name' || failure.code === 'VIEW_NAME_TAKEN') setError(describe(failure));
      else toast(describe(failure), 'error');
    }
  };
  const remove = async () => {
    try {
      await del('/api/admin/order-views/' + chosen);
      setChosen('');
      views.reload();
    } catch (failure) {
      toast(describe(failure), 'error');
    }
  };
  return h('form', { class: 'filters saved-views', id: 'saved-views', onSubmit: save },
    h(Field, { label: 'Saved view', name: 'view', type: 'select', value: chosen, onInput: choose },
      h('option', { value: '' }, list.length ? 'Choose a view' : 'No saved views yet'),
      list.map((v) => h('option', { value: v.id, 'data-test': 'saved-view' }, v.name))),
    chosen && h('button', { type: 'button', id: 'delete-view', onClick: remove }, 'Delete view'),
    h(Field, { label: 'Save these filters as', name: 'view-name', value: name, onInput: setName, maxLength: 100,
      errors: error ? { 'view-name': error } : null }),
    h('button', { type: 'submit', id: 'save-view', disabled: !name.trim() }, 'Save view'));
}
