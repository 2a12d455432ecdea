// A shopper's order pages: when one of their orders changes (paid, shipped, delivered, refunded), the page re-reads
// itself. The account hub only ever sends a shopper their own orders.
(function () {
    'use strict';
    if (!window.shopLive || !document.querySelector('[data-live-region]')) return;
    var only = document.querySelector('[data-live-order]');
    var number = only ? only.getAttribute('data-live-order') : null;
    // The page's language: the sentence and the status names come with the page.
    var region = document.querySelector('[data-live-region]');
    var sentence = region.getAttribute('data-text-changed') || 'Order {0} is now {1}.';
    var statuses = JSON.parse(region.getAttribute('data-statuses') || '{}');
    shopLive.connect('/hubs/account', function (c) {
        c.on('order', function (u) {
            if (number && u.number !== number) return;
            shopLive.refresh();
            shopLive.announce(sentence.replace('{0}', u.number).replace('{1}', statuses[u.status] || u.status));
        });
    }, function () { shopLive.refresh(); });
})();
