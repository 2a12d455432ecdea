// Product page: shows stock as it changes ("only 3 left", "sold out") and switches the add-to-cart button.
(function () {
    'use strict';
    var page = document.querySelector('.product-detail[data-product-id]');
    if (!page || !window.shopLive) return;
    var productId = parseInt(page.dataset.productId, 10);
    var label = page.querySelector('.stock-state');
    var form = page.querySelector('form.buy-box');
    var button = form && form.querySelector('button[type=submit]');
    var quantity = form && form.querySelector('input[name=quantity]');

    function show(s) {
        if (!s || s.productId !== productId) return;
        if (label) {
            label.textContent = s.label;
            label.classList.toggle('text-danger', s.soldOut);
            label.classList.toggle('text-warning-emphasis', s.low);
            label.classList.toggle('text-success', !s.soldOut && !s.low);
        }
        if (!button) return;
        button.disabled = s.soldOut;
        button.textContent = s.soldOut ? 'Sold out' : 'Add to cart';
        button.classList.toggle('btn-secondary', s.soldOut);
        button.classList.toggle('btn-dark', !s.soldOut);
        if (quantity) {
            quantity.disabled = s.soldOut;
            quantity.max = Math.max(1, s.maxQuantity);
            if (s.maxQuantity > 0 && parseInt(quantity.value, 10) > s.maxQuantity) quantity.value = s.maxQuantity;
        }
    }

    shopLive.connect('/hubs/catalog',
        function (c) { c.on('stock', show); },
        function (c) { c.invoke('WatchProduct', productId).then(show).catch(function () { }); });
})();
