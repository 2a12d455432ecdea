// List filters. From desktops up the panel is always open (CSS does it through ::details-content; older browsers are
// opened here) and a ticked box or a new order applies at once; on a phone the shopper ticks several, then presses Apply.
(function () {
    'use strict';
    var details = document.getElementById('filters');
    if (!details) return;
    var wide = window.matchMedia('(min-width: 992px)');
    if (wide.matches && !CSS.supports('selector(::details-content)')) details.open = true;
    var form = details.querySelector('form');
    form.addEventListener('change', function (e) {
        if (wide.matches && e.target.matches('input[type=checkbox], select')) form.requestSubmit();
    });
})();
