// Draws a Chart.js chart beside every table marked data-chart, from the table's own cells, so the
// chart and the accessible table always show the same figures. A withheld small count has no
// data-value and is left as a gap. Loaded as a file (the content security policy allows no inline script).
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas[data-chart-for]').forEach(function (canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-for'));
    if (!table) {
      return;
    }
    var column = parseInt(table.getAttribute('data-chart-column') || '0', 10);
    var labels = [];
    var values = [];
    table.querySelectorAll('tbody tr:not(.sl-total)').forEach(function (row) {
      var header = row.querySelector('th');
      var cells = row.querySelectorAll('td');
      if (!header || cells.length <= column) {
        return;
      }
      labels.push(header.textContent.trim());
      var value = cells[column].getAttribute('data-value');
      values.push(value === null || value === '' ? null : Number(value));
    });
    var chart = new Chart(canvas, {
      type: table.getAttribute('data-chart') === 'line' ? 'line' : 'bar',
      data: {
        labels: labels,
        datasets: [{ label: table.getAttribute('data-chart-label') || '', data: values,
          backgroundColor: '#1d70b8', borderColor: '#1d70b8', spanGaps: false }]
      },
      options: { animation: false, responsive: true, maintainAspectRatio: false,
        plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } }
    });
    canvas.setAttribute('data-chart-values', JSON.stringify(values));
    canvas.setAttribute('data-chart-labels', JSON.stringify(labels));
    canvas.chart = chart;
  });
})();
