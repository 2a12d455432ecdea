// List filters from desktops up are always open: CSS does it through ::details-content; browsers that do not know it
// are opened here. On a phone they stay behind their button until the shopper opens them.
(function () {
    'use strict';
    var details = document.getElementById('filters');
    if (details && window.matchMedia('(min-width: 992px)').matches && !CSS.supports('selector(::details-content)')) details.open = true;
})();
