// Draws each chart from the accessible table of the same figures beside it: the table is the
// source, so chart and table cannot disagree. The content security policy allows no inline
// scripts, so this file does it. Columns marked data-series become bars; the row marked
// data-total is left out; a cell that is not a number ("fewer than 5", "withheld") has no bar.
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') {
    return;
  }
  var colours = ['#1d70b8', '#d4351c', '#00703c', '#4c2c92'];
  var number = /^-?\d+(\.\d+)?$/;
  document.querySelectorAll('table[data-chart]').forEach(function (table) {
    var canvas = document.getElementById(table.getAttribute('data-chart'));
    if (!canvas) {
      return;
    }
    var series = [];
    table.querySelectorAll('thead th').forEach(function (th, index) {
      if (th.hasAttribute('data-series')) {
        series.push({ index: index, label: th.textContent.trim() });
      }
    });
    var rows = Array.prototype.filter.call(table.querySelectorAll('tbody tr'), function (tr) {
      return !tr.hasAttribute('data-total');
    });
    var datasets = series.map(function (s, n) {
      return {
        label: s.label,
        backgroundColor: colours[n % colours.length],
        data: rows.map(function (tr) {
          var text = tr.cells[s.index].textContent.trim();
          return number.test(text) ? Number(text) : null;
        })
      };
    });
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: rows.map(function (tr) { return tr.cells[0].textContent.trim(); }), datasets: datasets },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  });
}());
