// Servicechain UI helpers. Pages work without JavaScript; this only enhances them.
document.addEventListener('htmx:configRequest', (event) => {
  // htmx requests that change state carry the CSRF token like ordinary forms do.
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});

// On a phone the main menu folds behind a "Menu" button (without script it simply stays open).
document.addEventListener('DOMContentLoaded', () => {
  const bar = document.querySelector('.topbar');
  const toggle = document.querySelector('.menu-toggle');
  if (!bar || !toggle) {
    return;
  }
  bar.classList.add('menu-collapsible');
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    const open = bar.classList.toggle('open');
    toggle.setAttribute('aria-expanded', String(open));
  });
});

// Grouped navigation: a click opens or closes a group (hover and keyboard focus open it
// without script); Escape or a click elsewhere closes it.
document.addEventListener('DOMContentLoaded', () => {
  const groups = Array.from(document.querySelectorAll('.nav-group'));
  const close = (except) => groups.filter((g) => g !== except).forEach((g) => {
    g.classList.remove('open');
    g.querySelector('.nav-group-toggle').setAttribute('aria-expanded', 'false');
  });
  groups.forEach((group) => {
    const toggle = group.querySelector('.nav-group-toggle');
    toggle.addEventListener('click', () => {
      const open = group.classList.toggle('open');
      toggle.setAttribute('aria-expanded', String(open));
      close(group);
    });
  });
  document.addEventListener('click', (event) => {
    if (!event.target.closest('.nav-group')) {
      close(null);
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close(null);
    }
  });
});

// Humane pickers. A long list (more than 20 choices, or marked data-searchable) gets a filter
// box that narrows it as you type; a multiple choice becomes a list of checkboxes with the same
// filter, instead of Ctrl-click. Without script the plain select still works.
(function () {
  let counter = 0;

  function labelOf(select) {
    const label = select.id ? document.querySelector('label[for="' + select.id + '"]') : null;
    return label ? label.textContent.trim() : 'the list';
  }

  function filterBox(name, onInput) {
    const input = document.createElement('input');
    input.type = 'search';
    input.className = 'picker-filter';
    input.placeholder = 'Type to filter';
    input.setAttribute('aria-label', 'Filter ' + name);
    input.autocomplete = 'off';
    input.addEventListener('input', () => onInput(input.value.trim().toLowerCase()));
    // Enter in the filter must not submit the form.
    input.addEventListener('keydown', (event) => { if (event.key === 'Enter') event.preventDefault(); });
    return input;
  }

  function searchable(select) {
    const name = labelOf(select);
    const input = filterBox(name, (text) => {
      let first = null;
      Array.from(select.options).forEach((option) => {
        const match = !text || option.value === '' || option.text.toLowerCase().includes(text);
        option.hidden = !match;
        if (match && option.value !== '' && !first) first = option;
      });
      // One match left: choose it, as a combobox would.
      const visible = Array.from(select.options).filter((o) => !o.hidden && o.value !== '');
      if (text && visible.length === 1) {
        select.value = visible[0].value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    select.parentNode.insertBefore(input, select);
  }

  function checkboxes(select) {
    const name = labelOf(select);
    const box = document.createElement('div');
    box.className = 'picker-checkboxes';
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', name);
    const list = document.createElement('div');
    list.className = 'picker-list';
    Array.from(select.options).forEach((option) => {
      const id = 'pick-' + (++counter);
      const row = document.createElement('label');
      row.className = 'checkbox';
      row.htmlFor = id;
      const check = document.createElement('input');
      check.type = 'checkbox';
      check.id = id;
      check.checked = option.selected;
      check.addEventListener('change', () => { option.selected = check.checked; });
      row.appendChild(check);
      row.appendChild(document.createTextNode(' ' + option.text));
      row.dataset.text = option.text.toLowerCase();
      list.appendChild(row);
    });
    const input = filterBox(name, (text) => {
      list.querySelectorAll('label').forEach((row) => { row.hidden = !!text && !row.dataset.text.includes(text); });
    });
    box.appendChild(input);
    box.appendChild(list);
    select.hidden = true;
    select.setAttribute('aria-hidden', 'true');
    select.tabIndex = -1;
    select.parentNode.insertBefore(box, select.nextSibling);
    // Hints about Ctrl-click no longer apply.
    document.querySelectorAll('.ctrl-hint').forEach((h) => { if (select.parentNode.contains(h)) h.hidden = true; });
  }

  function enhance(root) {
    root.querySelectorAll('select:not([data-picker])').forEach((select) => {
      if (select.closest('[data-no-picker]')) return;
      if (select.multiple) {
        select.dataset.picker = 'checkboxes';
        checkboxes(select);
      } else if (select.hasAttribute('data-searchable') || select.options.length > 20) {
        select.dataset.picker = 'searchable';
        searchable(select);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', () => enhance(document));
  document.addEventListener('htmx:afterSwap', (event) => enhance(event.target));
})();

// Rows with add and remove (quality measures): "Add" copies the empty last row and renumbers
// the fields; "Remove" takes a row out. Without script, the form always has one empty row.
(function () {
  function renumber(tbody) {
    Array.from(tbody.querySelectorAll('tr[data-row]')).forEach((row, index) => {
      row.querySelectorAll('[name]').forEach((field) => {
        field.name = field.name.replace(/\[\d+\]/, '[' + index + ']');
        const label = field.getAttribute('aria-label');
        if (label) field.setAttribute('aria-label', label.replace(/\d+/, String(index + 1)));
      });
    });
  }

  function wire(root) {
    root.querySelectorAll('[data-remove-row]').forEach((button) => {
      if (button.dataset.wired) return;
      button.dataset.wired = 'true';
      button.hidden = false;
      button.addEventListener('click', () => {
        const row = button.closest('tr');
        const tbody = row.parentNode;
        if (tbody.querySelectorAll('tr[data-row]').length > 1) {
          row.remove();
        } else {
          row.querySelectorAll('input').forEach((input) => { input.value = ''; });
        }
        renumber(tbody);
      });
    });
    root.querySelectorAll('[data-add-row]').forEach((button) => {
      if (button.dataset.wired) return;
      button.dataset.wired = 'true';
      button.hidden = false;
      button.addEventListener('click', () => {
        const table = document.querySelector('table[data-rows="' + button.dataset.addRow + '"]');
        const tbody = table.tBodies[0];
        const last = tbody.querySelector('tr[data-row]:last-of-type');
        const copy = last.cloneNode(true);
        copy.querySelectorAll('input').forEach((input) => { input.value = ''; input.classList.remove('invalid'); });
        copy.querySelectorAll('.field-error').forEach((error) => error.remove());
        copy.querySelectorAll('[data-remove-row]').forEach((b) => { delete b.dataset.wired; });
        tbody.appendChild(copy);
        renumber(tbody);
        wire(copy);
        const first = copy.querySelector('input');
        if (first) first.focus();
      });
    });
  }

  document.addEventListener('DOMContentLoaded', () => wire(document));
})();
// No inline event handlers (the Content-Security-Policy allows scripts from files only):
// forms ask for confirmation with data-confirm, selects submit their form with
// data-autosubmit.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
}, true);
document.addEventListener('change', (event) => {
  const field = event.target;
  if (field instanceof HTMLSelectElement && field.hasAttribute('data-autosubmit') && field.form) {
    field.form.requestSubmit ? field.form.requestSubmit() : field.form.submit();
  }
});
