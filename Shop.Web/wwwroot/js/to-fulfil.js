// "To fulfil": one box ticks every order on the page, and typing an order's tracking number ticks it. Without script
// the box stays hidden and each order is ticked on its own. Listeners sit on the document: the live list swaps its rows.
(function () {
    'use strict';
    document.documentElement.classList.add('can-tick-all');
    var picks = function () { return document.querySelectorAll('.bulk-ship-form .pick'); };
    document.addEventListener('change', function (e) {
        if (!e.target.classList || !e.target.classList.contains('pick-all')) return;
        picks().forEach(function (pick) { pick.checked = e.target.checked; });
    });
    document.addEventListener('input', function (e) {
        if (!e.target.classList || !e.target.classList.contains('tracking') || e.target.value.trim() === '') return;
        var pick = e.target.closest('tr') && e.target.closest('tr').querySelector('.pick');
        if (pick) pick.checked = true;
    });
})();
