// Staff pages: a toast for each new order and each product running low, and live tables where a page has them.
(function () {
    'use strict';
    if (!window.shopLive) return;
    var container = null;
    // The page's words (_AdminLayout), English when a page has none.
    function said(name, english) { return document.body.getAttribute('data-text-' + name) || english; }
    function fill(sentence, values) { return sentence.replace(/\{(\d)\}/g, function (_, i) { return values[i]; }); }

    function toast(title, body, href) {
        if (!container) {
            container = document.createElement('div');
            container.className = 'toast-container position-fixed bottom-0 end-0 p-3 staff-toasts';
            document.body.appendChild(container);
        }
        var el = document.createElement('div');
        el.className = 'toast';
        el.setAttribute('role', 'status');
        el.setAttribute('aria-live', 'polite');
        var header = document.createElement('div');
        header.className = 'toast-header';
        var strong = document.createElement('strong');
        strong.className = 'me-auto';
        strong.textContent = title;
        var close = document.createElement('button');
        close.type = 'button';
        close.className = 'btn-close';
        close.setAttribute('data-bs-dismiss', 'toast');
        close.setAttribute('aria-label', said('close', 'Close'));
        header.appendChild(strong);
        header.appendChild(close);
        var text = document.createElement('div');
        text.className = 'toast-body';
        if (href) {
            var link = document.createElement('a');
            link.href = href;
            link.textContent = body;
            text.appendChild(link);
        } else {
            text.textContent = body;
        }
        el.appendChild(header);
        el.appendChild(text);
        container.appendChild(el);
        if (window.bootstrap) {
            el.addEventListener('hidden.bs.toast', function () { el.remove(); });
            new bootstrap.Toast(el, { delay: 8000 }).show();
        } else {
            el.classList.add('show');
        }
    }

    var lastWarning = {};
    shopLive.connect('/hubs/staff', function (c) {
        c.on('newOrder', function (u) {
            toast(said('new-order', 'New order'), fill(said('order', 'Order {0}, {1}'), [u.number, u.total]), '/admin/orders/' + encodeURIComponent(u.number));
            shopLive.refresh();
        });
        c.on('order', function () { shopLive.refresh(); });
        c.on('lowStock', function (s) {
            // Several nodes may each notice the same crossing: say it once.
            var last = lastWarning[s.productId];
            if (last && last.label === s.label && Date.now() - last.at < 10000) return;
            lastWarning[s.productId] = { label: s.label, at: Date.now() };
            // The feed's label is English: said again in the page's language.
            toast(s.soldOut ? said('sold-out', 'Sold out') : said('low-stock', 'Low stock'),
                s.soldOut ? fill(said('none-left', '{0}: sold out'), [s.name]) : fill(said('only-left', '{0}: only {1} left'), [s.name, s.onHand]),
                '/admin/stock/' + s.productId);
            shopLive.refresh();
        });
    // On (re)connecting, re-read pages with a live list; the menu's counts alone wait for the next order.
    }, function () { if (document.querySelector('[data-live-region]:not([data-live-badge])')) shopLive.refresh(); });
})();
