// The mini-cart and the cart's − / + steppers. Add to cart (and the panel's steppers) post in the background and open
// the answer, the cart's panel, in a modal dialog; the cart page's forms post in the background and swap the page's
// content. Without this script, or when the background post fails, the forms post as usual and land on the cart page.
(function () {
    'use strict';
    var dialog = document.getElementById('mini-cart');
    if (!dialog || !dialog.showModal || !window.fetch) return;
    var content = dialog.querySelector('.mini-cart-content');
    var panelStatus = dialog.querySelector('.mini-cart-status');
    var pageStatus = document.querySelector('.page-status');
    var opener = null;

    function parse(html) { return new DOMParser().parseFromString(html, 'text/html'); }

    // The count and its words ("2 articles") as the server wrote them in the page's language.
    function showCount(n, label) {
        document.querySelectorAll('.cart-count').forEach(function (badge) {
            badge.textContent = n;
            if (label) badge.setAttribute('aria-label', label);
        });
    }

    function announce(region, root) {
        var said = Array.prototype.map.call(root.querySelectorAll('.alert[role=status], .mini-cart-message, .validation-summary-errors'),
            function (m) { return m.textContent.trim(); }).filter(Boolean).join(' ');
        if (region) region.textContent = said;
    }

    // The button to focus after the content was replaced: the same one, found again by its line and step.
    function sameButton(root, form, submitter) {
        var line = form.querySelector('input[name=variantId]');
        var found = line && submitter && root.querySelector('form[action="' + form.getAttribute('action') + '"] input[name=variantId][value="' + line.value + '"]');
        var button = found && found.form.querySelector(submitter.name ? 'button[name="' + submitter.name + '"][value="' + submitter.value + '"]' : 'button:not([name])');
        return button && !button.disabled ? button : null;
    }

    function fillPanel(html) {
        var body = parse(html).querySelector('.mini-cart-body');
        if (!body) throw new Error('not the cart panel');
        content.replaceChildren(document.adoptNode(body));
        showCount(body.dataset.count, body.dataset.countLabel);
        announce(panelStatus, body);
    }

    function fillPage(html) {
        var doc = parse(html);
        var main = doc.getElementById('main');
        var badge = doc.querySelector('.cart-count');
        if (!main) throw new Error('not a page');
        var here = document.getElementById('main');
        here.replaceChildren.apply(here, Array.prototype.slice.call(main.childNodes).map(function (n) { return document.adoptNode(n); }));
        if (badge) showCount(badge.textContent.trim(), badge.getAttribute('aria-label'));
        announce(pageStatus, here);
    }

    function open(from) {
        if (!dialog.open) {
            opener = from;
            dialog.showModal();
        }
        dialog.querySelector('.mini-cart-close').focus();
    }

    dialog.addEventListener('close', function () {
        if (opener && opener.isConnected) opener.focus();
        opener = null;
    });
    dialog.querySelector('.mini-cart-close').addEventListener('click', function () { dialog.close(); });
    dialog.addEventListener('click', function (e) { if (e.target === dialog) dialog.close(); }); // the backdrop
    // Tab and Shift+Tab go round the dialog's own controls.
    dialog.addEventListener('keydown', function (e) {
        if (e.key !== 'Tab') return;
        var all = Array.prototype.filter.call(dialog.querySelectorAll('a[href], button:not([disabled]), input:not([type=hidden]):not([disabled])'),
            function (el) { return el.offsetParent !== null; });
        if (!all.length) return;
        var first = all[0], last = all[all.length - 1];
        if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
        else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
    });

    document.addEventListener('submit', function (e) {
        var form = e.target;
        var action = form.getAttribute('action');
        var toPanel = /^(\/[a-z]{2})?\/cart\/add$/.test(action || '') || dialog.contains(form); // /cart/add, or /de/cart/add in German
        var onCartPage = !toPanel && !!form.closest('.cart-lines');
        if ((!toPanel && !onCartPage) || form.dataset.plain) return;
        e.preventDefault();
        if (form.dataset.busy) return;
        form.dataset.busy = '1';
        var submitter = e.submitter || null;
        var body = new URLSearchParams(new FormData(form, submitter));
        fetch(action, { method: 'POST', body: body, credentials: 'same-origin', headers: toPanel ? { 'X-Shop-Panel': '1' } : {} })
            .then(function (r) {
                if (!r.ok && r.status !== 400 && r.status !== 409) throw new Error('HTTP ' + r.status);
                return r.text();
            })
            .then(function (html) {
                delete form.dataset.busy;
                if (toPanel) {
                    var wasOpen = dialog.open;
                    fillPanel(html);
                    open(wasOpen ? opener : submitter || form.querySelector('button'));
                    var again = wasOpen && sameButton(content, form, submitter);
                    if (again) again.focus();
                } else {
                    fillPage(html);
                    var back = sameButton(document.getElementById('main'), form, submitter);
                    (back || document.getElementById('main')).focus();
                }
            })
            .catch(function () {
                // The ordinary post: the server's own answer, whatever went wrong here.
                delete form.dataset.busy;
                form.dataset.plain = '1';
                form.requestSubmit(submitter);
            });
    });
})();
