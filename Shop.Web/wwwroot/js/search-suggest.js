// Suggestions under the header's search box: an ARIA combobox (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/).
// Typing shows products and categories; arrows move through them, Enter opens the one chosen (or searches when none
// is), Escape closes the list. Without this script the box is a plain search form.
(function () {
    'use strict';
    // The page's language prefix ("/de", "" for the default language): suggestions come in that language.
    var base = (location.pathname.match(/^\/[a-z]{2}(?=\/|$)/) || [''])[0];
    var input = document.getElementById('site-search');
    if (!input || !window.fetch) return;
    var form = input.form;
    var list = document.createElement('ul');
    list.id = 'site-search-suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Suggestions');
    list.className = 'search-suggest list-group shadow';
    list.hidden = true;
    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    form.classList.add('position-relative');
    form.appendChild(list);
    form.appendChild(status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('autocomplete', 'off');

    var items = [], active = -1, timer = 0, pending = null, asked = '';

    function close() {
        list.hidden = true;
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
        active = -1;
    }

    function choose(index) {
        items.forEach(function (li, i) { li.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
        active = index;
        if (index < 0) { input.removeAttribute('aria-activedescendant'); return; }
        input.setAttribute('aria-activedescendant', items[index].id);
        items[index].scrollIntoView({ block: 'nearest' });
    }

    function option(text, detail, url) {
        var li = document.createElement('li');
        li.id = 'suggestion-' + items.length;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.className = 'list-group-item d-flex justify-content-between gap-3';
        li.dataset.url = url;
        var name = document.createElement('span');
        name.textContent = text;
        var small = document.createElement('span');
        small.className = 'text-secondary small text-nowrap';
        small.textContent = detail;
        li.appendChild(name);
        li.appendChild(small);
        li.addEventListener('mousedown', function (e) { e.preventDefault(); location.href = url; });
        items.push(li);
        return li;
    }

    // The page's language: the layout writes each sentence on the search box (data-text-*).
    function text(key, english, value) {
        return (input.dataset[key] || english).replace('{0}', value);
    }

    function show(found) {
        list.textContent = '';
        items = [];
        found.categories.forEach(function (c) { list.appendChild(option(c.name, text('textCategory', 'Category · {0}', c.count), c.url)); });
        found.products.forEach(function (p) { list.appendChild(option(p.name, p.price, p.url)); });
        status.textContent = items.length === 1 ? text('textFoundOne', '1 suggestion, use the arrow keys to choose')
            : items.length ? text('textFound', '{0} suggestions, use the arrow keys to choose', items.length) : text('textNone', 'No suggestions');
        if (!items.length) { close(); return; }
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        choose(-1);
    }

    function ask() {
        var q = input.value.trim();
        if (q.length < 2) { close(); asked = ''; return; }
        if (q === asked) return;
        asked = q;
        if (pending) pending.abort();
        pending = new AbortController();
        fetch(base + '/search/suggest?q=' + encodeURIComponent(q), { signal: pending.signal, headers: { Accept: 'application/json' } })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (found) { if (found && input.value.trim() === q) show(found); })
            .catch(function () { /* a newer question replaced this one, or the network is away: the form still works */ });
    }

    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(ask, 150); });
    input.addEventListener('keydown', function (e) {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            if (list.hidden) { if (items.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); } else return; }
            e.preventDefault();
            // From the box (-1) down through the suggestions and back to the box, or up the other way.
            var next = active + (e.key === 'ArrowDown' ? 1 : -1);
            choose(next >= items.length ? -1 : next < -1 ? items.length - 1 : next);
        } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
            e.preventDefault();
            location.href = items[active].dataset.url;
        } else if (e.key === 'Escape') {
            if (!list.hidden) { e.preventDefault(); close(); }
        }
    });
    input.addEventListener('blur', function () { setTimeout(close, 100); });
})();
