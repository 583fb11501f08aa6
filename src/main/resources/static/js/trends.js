// Draws the trends from the numbers the page carries in data-chart (no inline script: the CSP forbids it).
document.addEventListener('DOMContentLoaded', function () {
  var holder = document.getElementById('trends-data');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(holder.getAttribute('data-chart'));
  var line = echarts.init(document.getElementById('trends-line'));
  line.setOption({
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    grid: { top: 40, left: 40, right: 20, bottom: 30 },
    xAxis: { type: 'category', data: data.quarters },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: data.units.map(function (unit, i) {
      return { name: unit, type: 'line', connectNulls: false, data: data.percents[i] };
    })
  });
  var cells = [];
  data.percents.forEach(function (row, y) {
    row.forEach(function (value, x) {
      cells.push([x, y, value === null ? '-' : value]);
    });
  });
  var heatmap = echarts.init(document.getElementById('trends-heatmap'));
  heatmap.setOption({
    tooltip: { position: 'top' },
    grid: { top: 10, left: 90, right: 20, bottom: 70 },
    xAxis: { type: 'category', data: data.quarters, splitArea: { show: true } },
    yAxis: { type: 'category', data: data.units, splitArea: { show: true } },
    visualMap: { min: 0, max: 100, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
      inRange: { color: ['#f5c2c7', '#ffe5a0', '#cfe8d5'] } },
    series: [{ type: 'heatmap', data: cells, label: { show: false } }]
  });
  window.addEventListener('resize', function () {
    line.resize();
    heatmap.resize();
  });
});
