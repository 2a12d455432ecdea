// What a cached catalog page cannot hold for one shopper, filled in after it loads. Without this script the forms
// still work (they post and redirect).
// - Hearts: pressed for the signed-in shopper's saved products; a press saves or removes without a reload.
// - "Tell me when it's back": follows the variant picker, and is prefilled with a signed-in shopper's address.
(function () {
    'use strict';
    // The page's language prefix ("/de", "" for the default language): the shop's answers stay in that language.
    var base = (location.pathname.match(/^\/[a-z]{2}(?=\/|$)/) || [''])[0];
    var signedIn = !!document.querySelector('.account-nav .sign-out-form');
    var hearts = Array.prototype.slice.call(document.querySelectorAll('form.wish-form'));
    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    document.body.appendChild(status);

    function getJson(url) {
        return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (r) { return r.ok ? r.json() : null; });
    }

    function press(productId, on) {
        hearts.forEach(function (form) {
            if (form.dataset.productId !== String(productId)) return;
            form.querySelector('button').setAttribute('aria-pressed', on ? 'true' : 'false');
            form.setAttribute('action', base + (on ? '/wishlist/remove' : '/wishlist/add'));
        });
    }

    if (signedIn && hearts.length) {
        getJson(base + '/wishlist/state').then(function (state) {
            if (state) state.productIds.forEach(function (id) { press(id, true); });
        });
    }

    hearts.forEach(function (form) {
        form.addEventListener('submit', function (e) {
            if (!signedIn) return; // the server sends the visitor to sign in, and back here
            e.preventDefault();
            var button = form.querySelector('button');
            var on = button.getAttribute('aria-pressed') !== 'true';
            button.disabled = true;
            fetch(base + (on ? '/wishlist/add' : '/wishlist/remove'), {
                method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' }, body: new FormData(form),
            }).then(function (r) {
                if (r.status === 401) return r.json().then(function (a) { location.href = a.signIn; });
                return r.json().then(function (answer) {
                    if (r.ok) press(form.dataset.productId, answer.saved);
                    status.textContent = answer.message || '';
                });
            }).catch(function () {
                status.textContent = 'Sorry, that did not work. Please try again.';
            }).then(function () { button.disabled = false; });
        });
    });

    var notify = document.querySelector('form.back-in-stock');
    if (!notify) return;
    var email = notify.querySelector('input[name=email]');
    if (signedIn && email && !email.value) {
        getJson(base + '/back-in-stock/me').then(function (me) { if (me && me.email && !email.value) email.value = me.email; });
    }
    var chosen = document.querySelector('form.buy-box input[name=variantId]');
    var buy = document.querySelector('form.buy-box button[type=submit]');
    var picker = document.querySelector('form.variant-picker');
    if (!picker || !chosen || !buy) return;
    picker.addEventListener('change', function () {
        // product-page.js has switched the buy box by now (its listener was added first): follow it.
        notify.hidden = buy.dataset.state !== 'soldout';
        notify.querySelector('input[name=variantId]').value = chosen.value;
    });
})();
