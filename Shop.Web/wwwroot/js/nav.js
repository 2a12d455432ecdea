// The menu button of narrow screens opens and closes the main navigation, sliding as Bootstrap's collapse plugin does
// and with its styles (.collapse, .collapsing, .show), so that no page loads Bootstrap's 80 KB of script for one button.
// The button names the menu in aria-controls and tells whether it is open in aria-expanded.
(function () {
    'use strict';

    function afterTransition(el, done) {
        var style = getComputedStyle(el);
        var ms = (parseFloat(style.transitionDuration) + parseFloat(style.transitionDelay)) * 1000;
        if (!ms) { done(); return; }
        var finished = false;
        var finish = function () {
            if (finished) return;
            finished = true;
            el.removeEventListener('transitionend', finish);
            done();
        };
        el.addEventListener('transitionend', finish);
        setTimeout(finish, ms + 50); // transitionend does not come when nothing moved
    }

    function toggle(button, menu) {
        if (menu.classList.contains('collapsing')) return;
        var open = !menu.classList.contains('show');
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        button.classList.toggle('collapsed', !open);
        if (open) {
            menu.classList.remove('collapse');
            menu.classList.add('collapsing');
            menu.style.height = menu.scrollHeight + 'px';
            afterTransition(menu, function () {
                menu.classList.remove('collapsing');
                menu.classList.add('collapse', 'show');
                menu.style.height = '';
            });
        } else {
            menu.style.height = menu.getBoundingClientRect().height + 'px';
            void menu.offsetHeight; // start the slide from the current height
            menu.classList.add('collapsing');
            menu.classList.remove('collapse', 'show');
            menu.style.height = '';
            afterTransition(menu, function () {
                menu.classList.remove('collapsing');
                menu.classList.add('collapse');
            });
        }
    }

    document.querySelectorAll('[data-shop-toggle="collapse"]').forEach(function (button) {
        var menu = document.getElementById(button.getAttribute('aria-controls'));
        if (!menu) return;
        button.addEventListener('click', function () { toggle(button, menu); });
    });
})();
