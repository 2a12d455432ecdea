// Product page: the variant picker, the gallery and live stock. Without this script the page still works: the
// picker is a GET form, thumbnails link to the large picture, and stock is as rendered.
(function () {
    'use strict';
    var page = document.querySelector('.product-detail[data-product-id]');
    if (!page) return;
    var productId = parseInt(page.dataset.productId, 10);
    var data = document.getElementById('product-variants');
    var variants = data ? JSON.parse(data.textContent) : [];
    var picker = page.querySelector('form.variant-picker');
    var label = page.querySelector('.stock-state');
    var priceBox = page.querySelector('.variant-price');
    var unitPrice = page.querySelector('.unit-price');
    var delivery = page.querySelector('.product-delivery');
    var skuBox = page.querySelector('.variant-sku');
    var form = page.querySelector('form.buy-box');
    var button = form && form.querySelector('button[type=submit]');
    var quantity = form && form.querySelector('input[name=quantity]');
    var variantInput = form && form.querySelector('input[name=variantId]');
    var current = byId(variantInput && parseInt(variantInput.value, 10));
    // The page's own words (its language) for what this script writes; English without them.
    var textData = document.getElementById('product-texts');
    var texts = textData ? JSON.parse(textData.textContent) : {
        add: 'Add to cart', soldOut: 'Sold out', unavailable: 'Unavailable', notAvailable: 'This combination is not available',
        inStock: 'In stock', low: 'Only {0} left',
    };

    function byId(id) { return variants.filter(function (v) { return v.id === id; })[0] || null; }

    function withValues(values) {
        return variants.filter(function (v) {
            return v.values.length === values.length && v.values.every(function (x, i) { return x === values[i]; });
        })[0] || null;
    }

    function chosenValues() {
        return Array.prototype.map.call(picker.querySelectorAll('fieldset[data-option]'), function (set) {
            var checked = set.querySelector('input:checked');
            return checked ? checked.value : null;
        });
    }

    function showStock(v) {
        var s = v && v.stock;
        var buyable = !!s && !s.soldOut;
        if (label) {
            label.textContent = s ? s.label : texts.notAvailable;
            label.classList.toggle('text-danger', !buyable);
            label.classList.toggle('text-warning-emphasis', buyable && s.low);
            label.classList.toggle('text-success', buyable && !s.low);
        }
        if (delivery) delivery.hidden = !buyable; // no delivery promise for what cannot be bought
        if (!button) return;
        button.disabled = !buyable;
        button.textContent = !v ? texts.unavailable : buyable ? texts.add : texts.soldOut;
        button.dataset.state = !v ? 'unavailable' : buyable ? 'buy' : 'soldout';
        button.classList.toggle('btn-secondary', !buyable);
        button.classList.toggle('btn-dark', buyable);
        if (quantity) {
            quantity.disabled = !buyable;
            quantity.max = Math.max(1, s ? s.maxQuantity : 1);
            if (s && s.maxQuantity > 0 && parseInt(quantity.value, 10) > s.maxQuantity) quantity.value = s.maxQuantity;
        }
    }

    function showPrice(v) {
        if (!priceBox || !v) return;
        var price = document.createElement('span');
        price.className = 'price fw-semibold';
        price.textContent = v.price;
        var parts = [price];
        if (v.was && texts.lowestPrior) {
            // The EU's rule, as _Price.cshtml: the lowest price of the 30 days before the reduction, labelled.
            var prior = document.createElement('span');
            prior.className = 'price-prior small text-secondary ms-1';
            var struck = document.createElement('span');
            struck.className = 'text-decoration-line-through';
            struck.textContent = v.was;
            prior.append(texts.lowestPrior + ' ', struck);
            parts.push(prior);
        } else if (v.was) {
            var was = document.createElement('span');
            was.className = 'text-secondary text-decoration-line-through ms-1';
            var hidden = document.createElement('span');
            hidden.className = 'visually-hidden';
            hidden.textContent = (texts.was || 'was') + ' ';
            was.append(hidden, v.was);
            parts.push(was);
        }
        priceBox.replaceChildren.apply(priceBox, parts);
        if (unitPrice) {
            unitPrice.textContent = v.unitPrice || '';
            unitPrice.hidden = !v.unitPrice;
        }
    }

    function showAvailability(values) {
        picker.querySelectorAll('fieldset[data-option]').forEach(function (set) {
            var i = parseInt(set.dataset.option, 10);
            var chosen = set.querySelector('.chosen-value');
            var radios = Array.prototype.slice.call(set.querySelectorAll('input[type=radio]'));
            // The value in the shopper's words (data-label); the catalog's own is what the form posts.
            var picked = radios.filter(function (r) { return r.value === values[i]; })[0];
            if (chosen) chosen.textContent = picked ? picked.dataset.label || picked.value : values[i] || '';
            radios.forEach(function (radio) {
                var trial = values.slice();
                trial[i] = radio.value;
                var v = withValues(trial);
                var offered = !!v && !v.stock.soldOut;
                var lbl = set.querySelector('label[for="' + radio.id + '"]');
                if (!lbl) return;
                lbl.classList.toggle('unavailable', !offered);
                var note = lbl.querySelector('.visually-hidden');
                if (!offered && !note) {
                    note = document.createElement('span');
                    note.className = 'visually-hidden';
                    note.textContent = ' (' + (texts.unavailable || 'Unavailable').toLowerCase() + ')';
                    lbl.append(note);
                } else if (offered && note) {
                    note.remove();
                }
            });
        });
    }

    function choose(v, values) {
        current = v;
        if (v && variantInput) variantInput.value = v.id;
        if (v && skuBox) skuBox.textContent = v.sku;
        showPrice(v);
        showStock(v);
        if (picker) showAvailability(values || (v ? v.values : chosenValues()));
        if (v && v.image) gallery.show(v.image);
        if (v && window.history && history.replaceState) {
            var url = new URL(window.location.href);
            ['o1', 'o2', 'o3'].forEach(function (k) { url.searchParams.delete(k); });
            url.searchParams.set('variant', v.id);
            history.replaceState(null, '', url);
        }
    }

    var gallery = (function () {
        var box = page.querySelector('[data-gallery]');
        var main = box && box.querySelector('.gallery-main');
        var thumbs = box ? Array.prototype.slice.call(box.querySelectorAll('.gallery-thumb')) : [];
        var at = 0;
        function activate(i) {
            if (!thumbs.length || !main) return;
            at = (i + thumbs.length) % thumbs.length;
            var t = thumbs[at];
            var img = main.querySelector('img');
            var source = main.querySelector('source');
            if (img) {
                img.alt = t.dataset.alt;
                if (t.dataset.jpgSrcset) img.srcset = t.dataset.jpgSrcset; else img.removeAttribute('srcset');
                img.src = t.dataset.src;
            }
            if (source) source.srcset = t.dataset.webpSrcset || t.dataset.src;
            thumbs.forEach(function (x, j) {
                x.classList.toggle('active', j === at);
                if (j === at) x.setAttribute('aria-current', 'true'); else x.removeAttribute('aria-current');
            });
        }
        thumbs.forEach(function (t, i) {
            t.addEventListener('click', function (e) { e.preventDefault(); activate(i); });
            t.addEventListener('keydown', function (e) {
                if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                    e.preventDefault();
                    activate(at + (e.key === 'ArrowRight' ? 1 : -1));
                    thumbs[at].focus();
                }
            });
        });
        if (main && thumbs.length > 1) {
            var startX = null;
            main.addEventListener('touchstart', function (e) { startX = e.touches[0].clientX; }, { passive: true });
            main.addEventListener('touchend', function (e) {
                if (startX === null) return;
                var dx = e.changedTouches[0].clientX - startX;
                startX = null;
                if (Math.abs(dx) > 40) activate(at + (dx < 0 ? 1 : -1));
            }, { passive: true });
        }
        return {
            show: function (path) {
                for (var i = 0; i < thumbs.length; i++) if (thumbs[i].dataset.path === path) { activate(i); return; }
            }
        };
    })();

    if (picker) {
        picker.addEventListener('change', function () {
            var values = chosenValues();
            choose(withValues(values), values);
        });
        picker.addEventListener('submit', function (e) { e.preventDefault(); });
    }

    if (!window.shopLive) return;
    shopLive.connect('/hubs/catalog',
        function (c) { c.on('stock', update); },
        function (c) {
            c.invoke('WatchProduct', productId).then(function (all) { (all || []).forEach(update); }).catch(function () { });
        });

    function update(s) {
        if (!s || s.productId !== productId) return;
        var v = byId(s.variantId);
        if (!v) return;
        // The live feed speaks the default language: the label is said again in the page's.
        s.label = s.soldOut ? texts.soldOut : s.low ? texts.low.replace('{0}', s.onHand) : texts.inStock;
        v.stock = s;
        if (current === v) showStock(v);
        if (picker) showAvailability(chosenValues());
    }
})();
