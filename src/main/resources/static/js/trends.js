// Draws the trends page's two charts from the numbers each chart's element carries in
// data-chart (no inline script: the CSP forbids it). Every text comes from the page; the
// tables beside the charts hold the same numbers for readers who cannot see them.
// Colours are Okabe–Ito, and the two lines differ by dash and marker as well.
(function () {
  var BLUE = '#0072B2';
  var VERMILLION = '#D55E00';

  function percent(value) {
    return (value === null || value === '-' || value === undefined) ? '—' : Number(value).toFixed(1) + '%';
  }

  function read(element) {
    return JSON.parse(element.getAttribute('data-chart'));
  }

  // The units best first, top to bottom, with the average as a dashed line.
  function ranking(element) {
    var data = read(element);
    // one bar a line of text; the element's height is set here, before the chart reads it
    element.style.height = Math.max(200, data.names.length * 28 + 70) + 'px';
    var chart = echarts.init(element);
    var series = {
      type: 'bar',
      data: data.values,
      itemStyle: { color: BLUE },
      barMaxWidth: 22,
      label: { show: true, position: 'right', formatter: function (p) { return data.labels[p.dataIndex]; } }
    };
    if (data.average !== undefined) {
      series.markLine = {
        symbol: 'none',
        silent: true,
        lineStyle: { color: VERMILLION, type: 'dashed', width: 2 },
        label: { formatter: data.averageLabel, position: 'start', color: '#000' },
        data: [{ xAxis: data.average }]
      };
    }
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
        formatter: function (items) { return items[0].name + ': ' + data.labels[items[0].dataIndex]; } },
      grid: { top: 36, left: 8, right: 56, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: data.names, inverse: true, axisTick: { show: false } },
      series: [series]
    });
    return chart;
  }

  // One unit against the average, quarter by quarter, the running quarter shaded.
  function comparison(element) {
    var data = read(element);
    var chart = echarts.init(element);
    var unit = {
      name: data.unit.name, type: 'line', data: data.unit.values, connectNulls: false,
      itemStyle: { color: BLUE }, lineStyle: { color: BLUE, width: 3 }, symbol: 'circle', symbolSize: 8
    };
    if (data.running >= 0) {
      // the running quarter's point is hollow, with a dashed rule and its name over it
      unit.data = data.unit.values.map(function (value, i) {
        return i === data.running ? { value: value, symbol: 'emptyCircle', symbolSize: 10 } : value;
      });
      unit.markLine = {
        symbol: 'none',
        silent: true,
        lineStyle: { color: '#495057', type: 'dotted', width: 1 },
        label: { formatter: data.runningLabel, position: 'end', color: '#000' },
        data: [{ xAxis: data.quarters[data.running] }]
      };
    }
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: percent },
      legend: { top: 0, data: [data.unit.name, data.average.name] },
      grid: { top: 40, left: 8, right: 16, bottom: 24, containLabel: true },
      xAxis: { type: 'category', data: data.quarters,
        axisLabel: { interval: 0, rotate: element.clientWidth < 600 ? 60 : 30 } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [unit, {
        name: data.average.name, type: 'line', data: data.average.values, connectNulls: false,
        itemStyle: { color: VERMILLION }, lineStyle: { color: VERMILLION, width: 2, type: 'dashed' },
        symbol: 'triangle', symbolSize: 9
      }]
    });
    return chart;
  }

  document.addEventListener('DOMContentLoaded', function () {
    // another campaign has other quarters: the ranked one cannot follow
    var campaign = document.querySelector('#trends-filters #campaign');
    var period = document.querySelector('#trends-filters #period');
    if (campaign && period) {
      campaign.addEventListener('change', function () { period.value = ''; });
    }
    if (typeof echarts === 'undefined') {
      return;
    }
    var charts = [];
    var bars = document.getElementById('trends-ranking');
    var lines = document.getElementById('trends-comparison');
    if (bars) {
      charts.push(ranking(bars));
    }
    if (lines) {
      charts.push(comparison(lines));
    }
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
  });
}());
