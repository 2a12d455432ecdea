// Offers the page in the browser's first language the shop speaks, when the page is in another: once, until the
// shopper answers (follows it, closes it, or picks a language with the switcher).
(function () {
    'use strict';
    var key = 'shop.language-offer';
    var offers = Array.prototype.slice.call(document.querySelectorAll('.language-offer'));
    function answered() { try { localStorage.setItem(key, 'answered'); } catch (e) { /* private mode: ask again */ } }
    document.querySelectorAll('.language-switcher a').forEach(function (a) { a.addEventListener('click', answered); });
    try { if (localStorage.getItem(key)) return; } catch (e) { return; }
    var page = document.documentElement.lang;
    var wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''])
        .map(function (l) { return String(l).slice(0, 2).toLowerCase(); });
    for (var i = 0; i < wanted.length; i++) {
        if (wanted[i] === page) return; // the page is already in a language the browser prefers
        var offer = offers.filter(function (o) { return o.dataset.language === wanted[i]; })[0];
        if (offer) {
            offer.hidden = false;
            offer.querySelector('a').addEventListener('click', answered);
            offer.querySelector('.language-offer-close').addEventListener('click', function () { answered(); offer.hidden = true; });
            return;
        }
    }
})();
