// A shopper's order pages: when one of their orders changes (paid, shipped, delivered, refunded), the page re-reads
// itself. The account hub only ever sends a shopper their own orders.
(function () {
    'use strict';
    if (!window.shopLive || !document.querySelector('[data-live-region]')) return;
    var only = document.querySelector('[data-live-order]');
    var number = only ? only.getAttribute('data-live-order') : null;
    shopLive.connect('/hubs/account', function (c) {
        c.on('order', function (u) {
            if (number && u.number !== number) return;
            shopLive.refresh();
            shopLive.announce('Order ' + u.number + ' is now ' + u.status + '.');
        });
    }, function () { shopLive.refresh(); });
})();
