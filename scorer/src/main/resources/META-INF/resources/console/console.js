/* evalstream console: charts (ECharts, served from the jar) and live progress by polling /progress. */
(function () {
  'use strict';

  const FONT = getComputedStyle(document.documentElement).fontFamily;
  const CATEGORY_COLORS = {
    'STEM': '#1f6fb2', 'Social Science': '#b34d12', 'Humanities': '#2e7d3b', 'Other': '#7247a0'
  };
  const RUN_COLORS = ['#0b5cad', '#b34d12', '#2e7d3b', '#7247a0', '#8a5300'];
  const POLL_MILLIS = 2000;

  function data(id) {
    const element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function chart(id, option) {
    const element = document.getElementById(id);
    if (!element || typeof echarts === 'undefined') {
      return;
    }
    const instance = echarts.init(element, null, {renderer: 'svg'});
    instance.setOption(Object.assign({textStyle: {fontFamily: FONT}, aria: {enabled: true}, animation: false}, option));
    window.addEventListener('resize', () => instance.resize());
  }

  function twoDecimals(value) {
    return value == null ? '' : value.toFixed(2);
  }

  /** One bar per subject, subjects grouped by category; one series per category so the legend names the colours. */
  function subjectChart(run) {
    if (!run.subjects.length) {
      return;
    }
    const ordered = [];
    run.categories.forEach(c => run.subjects.filter(s => s.category === c).forEach(s => ordered.push(s)));
    chart('subject-chart', {
      legend: {top: 0},
      tooltip: {trigger: 'item', valueFormatter: twoDecimals},
      grid: {left: 56, right: 16, top: 40, bottom: 170},
      xAxis: {type: 'category', data: ordered.map(s => s.subject), axisLabel: {rotate: 60, interval: 0, fontSize: 11}},
      yAxis: {type: 'value', min: 0, max: 100, name: 'accuracy (%)'},
      series: run.categories.map(category => ({
        name: category, type: 'bar', stack: 'subjects', barMaxWidth: 26,
        itemStyle: {color: CATEGORY_COLORS[category]},
        data: ordered.map(s => s.category === category ? s.accuracy : null)
      }))
    });
  }

  function throughputChart(points) {
    chart('throughput-chart', {
      legend: {top: 0},
      tooltip: {trigger: 'axis', valueFormatter: v => v == null ? '' : v.toFixed(1)},
      grid: {left: 56, right: 64, top: 40, bottom: 40},
      xAxis: {type: 'value', name: 'seconds', nameLocation: 'middle', nameGap: 26, min: 0},
      yAxis: [{type: 'value', name: 'questions/s'}, {type: 'value', name: 'tokens/s'}],
      series: [
        {name: 'questions/s', type: 'line', showSymbol: false, color: RUN_COLORS[0],
          data: points.map(p => [p.second, p.questionsPerSecond])},
        {name: 'output tokens/s', type: 'line', showSymbol: false, yAxisIndex: 1, color: RUN_COLORS[1],
          data: points.map(p => [p.second, p.tokensPerSecond])}
      ]
    });
  }

  /** Per subject, each run's accuracy minus the baseline's. */
  function differenceChart(compared) {
    chart('difference-chart', {
      legend: {top: 0},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: twoDecimals},
      grid: {left: 56, right: 16, top: 40, bottom: 170},
      xAxis: {type: 'category', data: compared.subjects, axisLabel: {rotate: 60, interval: 0, fontSize: 11}},
      yAxis: {type: 'value', name: 'difference (points)'},
      series: compared.runs.slice(1).map((run, i) => ({
        name: 'run ' + (i + 1) + ' − baseline', type: 'bar', color: RUN_COLORS[(i + 1) % RUN_COLORS.length],
        data: compared.differences.map(d => d[i])
      }))
    });
  }

  function show(element, field, value) {
    element.querySelectorAll('[data-field="' + field + '"]').forEach(e => { e.textContent = value; });
  }

  function update(progress) {
    document.querySelectorAll('[data-run]').forEach(element => {
      if (element.dataset.run !== progress.runId) {
        return;
      }
      ['done', 'total', 'rate', 'eta', 'accuracy', 'duration', 'status'].forEach(f => show(element, f, progress[f]));
      element.querySelectorAll('progress').forEach(bar => { bar.value = progress.done; });
      element.querySelectorAll('[data-field="status"]').forEach(badge => {
        badge.className = 'status status-' + progress.status;
      });
      const wasRunning = element.dataset.status === 'running';
      element.dataset.status = progress.status;
      if (wasRunning && progress.status === 'complete' && element.id === 'progress') {
        window.location.reload();
      }
    });
  }

  /** Polls the progress of the runs on the page that are running, until none is. */
  function follow() {
    const ids = Array.from(document.querySelectorAll('[data-run][data-status="running"]')).map(e => e.dataset.run);
    if (!ids.length) {
      return;
    }
    fetch('/progress?' + ids.map(id => 'run=' + encodeURIComponent(id)).join('&'),
        {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => response.ok ? response.json() : [])
      .then(list => list.forEach(update))
      .finally(() => setTimeout(follow, POLL_MILLIS));
  }

  const run = data('run-data');
  if (run) {
    subjectChart(run);
    throughputChart(run.throughput);
  }
  const compared = data('compare-data');
  if (compared) {
    differenceChart(compared);
  }
  setTimeout(follow, POLL_MILLIS);
})();
