// Draws the dashboard's daily revenue chart from the canvas's data attributes (the CSP allows no inline script).
(function () {
    'use strict';
    var canvas = document.getElementById('revenue-chart');
    if (!canvas || typeof Chart === 'undefined') return;
    var labels = JSON.parse(canvas.dataset.labels || '[]');
    var values = JSON.parse(canvas.dataset.values || '[]');
    var currency = canvas.dataset.currency || 'USD';
    // Amounts as the page's language writes them ("1.234,50 €" on a German page).
    var money = new Intl.NumberFormat(document.documentElement.lang || undefined, { style: 'currency', currency: currency });
    new Chart(canvas, {
        type: 'bar',
        data: { labels: labels, datasets: [{ label: canvas.dataset.textRevenue || 'Revenue', data: values, backgroundColor: '#1f3b57' }] },
        options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            plugins: { legend: { display: false }, tooltip: { callbacks: { label: function (c) { return money.format(c.parsed.y); } } } },
            scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return money.format(v); } } } }
        }
    });
})();
