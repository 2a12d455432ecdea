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
                        if (next) region.innerHTML = next.innerHTML;
                    });
                })
                .catch(function () { /* offline for a moment: the next message or reload catches up */ });
        }, 300);
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
