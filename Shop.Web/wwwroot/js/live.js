// Live updates from the shop's SignalR hubs. Pages are complete and correct without this script; it only keeps an
// open page up to date. Connections reconnect with growing, jittered delays, forever, and a page re-reads its state
// after every (re)connection.
window.shopLive = (function () {
    'use strict';

    function delay(attempt) {
        return Math.min(30000, 1000 * Math.pow(2, attempt)) + Math.floor(Math.random() * 1000);
    }

    // Opens a hub. on(connection) registers message handlers; connected(connection) runs after every (re)connection.
    function connect(path, on, connected) {
        if (typeof signalR === 'undefined') return;
        // WebSockets only, without the negotiate round trip: behind a round-robin load balancer the negotiate
        // request and the socket could otherwise reach different nodes.
        var connection = new signalR.HubConnectionBuilder()
            .withUrl(path, { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
            .withAutomaticReconnect({ nextRetryDelayInMilliseconds: function (ctx) { return delay(ctx.previousRetryCount); } })
            .configureLogging(signalR.LogLevel.None)
            .build();
        on(connection);
        // <html data-live="connected|reconnecting"> tells styles (and tests) whether the page is live right now.
        var state = function (s) { document.documentElement.setAttribute('data-live', s); };
        var ready = function () {
            state('connected');
            if (connected) connected(connection);
        };
        connection.onreconnecting(function () { state('reconnecting'); });
        connection.onreconnected(ready);
        var start = function (attempt) {
            connection.start().then(ready).catch(function () {
                setTimeout(function () { start(attempt + 1); }, delay(attempt));
            });
        };
        connection.onclose(function () {
            state('reconnecting');
            setTimeout(function () { start(0); }, delay(0));
        });
        start(0);
    }

    // Re-reads this page and swaps in the new content of every [data-live-region] (matched by id): the server
    // renders, the script only replaces. Bursts of messages cause one fetch.
    var refreshTimer = null;
    function refresh() {
        if (refreshTimer) return;
        refreshTimer = setTimeout(function () {
            refreshTimer = null;
            fetch(location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
                .then(function (r) { return r.ok ? r.text() : null; })
                .then(function (html) {
                    if (!html) return;
                    var fresh = new DOMParser().parseFromString(html, 'text/html');
                    document.querySelectorAll('[data-live-region][id]').forEach(function (region) {
                        var next = fresh.getElementById(region.id);
                        if (next) swapKeepingInput(region, next.innerHTML);
                    });
                })
                .catch(function () { /* offline for a moment: the next message or reload catches up */ });
        }, 300);
    }

    // A control's identity across renders: its name (and for a tick or a choice its value too), or its id.
    function keyOf(el) {
        if (!el.name) return el.id ? '#' + el.id : null;
        return el.type === 'checkbox' || el.type === 'radio' ? el.name + '\u0000' + el.value : el.name;
    }

    // Swaps a region's content but keeps what the person ticked, typed or chose there and where they were typing
    // (a new order must not wipe the tracking numbers being typed on the list): each control the new content still
    // has gets the person's state back; one that left (an order shipped by a colleague) takes its state with it.
    function swapKeepingInput(region, html) {
        var changed = {}, focusKey = null, caret = null;
        region.querySelectorAll('input, select, textarea').forEach(function (el) {
            var key = keyOf(el);
            if (key === null) return;
            if (el.type === 'checkbox' || el.type === 'radio') {
                if (el.checked !== el.defaultChecked) changed[key] = el.checked;
            } else if (el.tagName === 'SELECT') {
                var picked = Array.prototype.filter.call(el.options, function (o) { return o.selected !== o.defaultSelected; });
                if (picked.length) changed[key] = Array.prototype.map.call(el.selectedOptions, function (o) { return o.value; });
            } else if (el.value !== el.defaultValue) {
                changed[key] = el.value;
            }
            if (el === document.activeElement) {
                focusKey = key;
                try { caret = [el.selectionStart, el.selectionEnd]; } catch (e) { caret = null; }
            }
        });
        region.innerHTML = html;
        region.querySelectorAll('input, select, textarea').forEach(function (el) {
            var key = keyOf(el);
            if (key === null) return;
            if (Object.prototype.hasOwnProperty.call(changed, key)) {
                var value = changed[key];
                if (el.type === 'checkbox' || el.type === 'radio') el.checked = value;
                else if (el.tagName === 'SELECT') Array.prototype.forEach.call(el.options, function (o) { o.selected = value.indexOf(o.value) >= 0; });
                else el.value = value;
            }
            if (key === focusKey) {
                el.focus();
                if (caret && caret[0] !== null) { try { el.setSelectionRange(caret[0], caret[1]); } catch (e) { /* not a text box */ } }
            }
        });
    }

    // Says something to screen-reader users without moving focus.
    var announcer = null;
    function announce(text) {
        if (!announcer) {
            announcer = document.createElement('div');
            announcer.className = 'visually-hidden live-announcer';
            announcer.setAttribute('aria-live', 'polite');
            document.body.appendChild(announcer);
        }
        announcer.textContent = text;
    }

    return { connect: connect, refresh: refresh, announce: announce };
})();
