import * as echarts from 'echarts/core';
import { LineChart, SankeyChart, BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, AriaComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { tick, fmt } from './format';

// ECharts, tree-shaken to the three series kinds the dashboard draws: lines with bands, Sankey and bars.
echarts.use([LineChart, SankeyChart, BarChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, AriaComponent, CanvasRenderer]);

export const palette = ['#1d4f91', '#d97706', '#0f8b8d', '#a23b72', '#5b6770', '#7a5c1e', '#3b82c4', '#6b8e23'];
export const accent = palette[0];

export interface Line { name: string; y: Array<number | null>; low?: Array<number | null>; high?: Array<number | null> }

const charts = new WeakMap<HTMLElement, echarts.ECharts>();

/**
 * Legends are HTML above the chart rather than drawn by ECharts: long agency and crack names then wrap like text
 * instead of overlapping or hiding behind a pager. Clicking an entry hides or shows that series.
 */
function legend(host: HTMLElement, names: string[], swatch: 'line' | 'box'): void {
  let box = host.previousElementSibling as HTMLElement | null;
  if (!box || !box.classList.contains('legend')) {
    box = document.createElement('div');
    box.className = 'legend';
    host.before(box);
  }
  const key = names.join('|');
  if (box.dataset.key === key) return;
  box.dataset.key = key;
  box.replaceChildren(...names.map((name, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = `legend-item ${swatch}`;
    b.style.setProperty('--swatch', palette[i % palette.length]);
    b.textContent = name;
    b.setAttribute('aria-pressed', 'true');
    b.addEventListener('click', () => {
      const on = b.getAttribute('aria-pressed') !== 'true';
      b.setAttribute('aria-pressed', String(on));
      chartOn(host).dispatchAction({ type: on ? 'legendSelect' : 'legendUnSelect', name });
    });
    return b;
  }));
}

/** Week labels on round numbers (every 4, 13 or 26 weeks) whatever the run length. */
function weekInterval(count: number): number {
  for (const step of [1, 2, 4, 8, 13, 26, 52, 104]) if (count / step <= 12) return step;
  return 208;
}

export function chartOn(host: HTMLElement): echarts.ECharts {
  let c = charts.get(host);
  if (!c) {
    // Canvas: redrawing seven live charts several times a second is far cheaper than rebuilding SVG trees.
    c = echarts.init(host, undefined, { renderer: 'canvas' });
    charts.set(host, c);
    new ResizeObserver(() => c!.resize()).observe(host);
  }
  return c;
}

const base = (unit: string) => ({
  animation: false,
  aria: { enabled: true },
  textStyle: { fontFamily: 'inherit', color: '#1f2933' },
  grid: { left: 64, right: 16, top: 36, bottom: 40 },
  tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmt(v, unit) },
  legend: { show: false },
});

/** Lines over weeks, each with an optional shaded band (e.g. a 95% CI); zeroLine for difference charts. */
export function drawLines(host: HTMLElement, x: number[], lines: Line[], unit: string, opts: { zeroLine?: boolean; xName?: string } = {}): void {
  const series: object[] = [];
  lines.forEach((line, i) => {
    const color = palette[i % palette.length];
    if (line.low && line.high) {
      const stack = `band${i}`;
      series.push({ type: 'line', name: `${line.name} (low)`, data: line.low, stack, stackStrategy: 'all', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false }, silent: true });
      series.push({
        type: 'line', name: `${line.name} (band)`, data: line.high.map((h, k) => (h === null || line.low![k] === null ? null : h - line.low![k]!)),
        stack, stackStrategy: 'all', symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color, opacity: 0.16 }, tooltip: { show: false }, silent: true,
      });
    }
    series.push({
      type: 'line', name: line.name, data: line.y, symbol: 'none', lineStyle: { width: 2.5, color }, itemStyle: { color },
      markLine: opts.zeroLine && i === 0 ? { silent: true, symbol: 'none', data: [{ yAxis: 0 }], lineStyle: { color: '#52606d', type: 'solid' }, label: { show: false } } : undefined,
    });
  });
  legend(host, lines.map(l => l.name), 'line');
  const weeks = !opts.xName;
  const step = weekInterval(x.length);
  chartOn(host).setOption({
    ...base(unit),
    grid: { left: 64, right: 16, top: 12, bottom: 40 },
    legend: { show: false, data: lines.map(l => l.name) },
    xAxis: {
      type: 'category', data: x, name: opts.xName ?? 'Week', nameLocation: 'middle', nameGap: 26, boundaryGap: !weeks,
      axisLabel: { interval: weeks ? (i: number, v: string) => i === 0 || Number(v) % step === 0 : 0 }, axisTick: { alignWithLabel: true },
    },
    yAxis: { type: 'value', scale: false, axisLabel: { formatter: (v: number) => tick(v, unit) }, splitLine: { lineStyle: { color: '#e4e7eb' } } },
    series,
  }, { notMerge: true });
}

export interface SankeyNode { name: string; column: number; tone: string }
export interface SankeyLink { source: string; target: string; value: number; clients: number[] }

export function drawSankey(host: HTMLElement, nodes: SankeyNode[], links: SankeyLink[], onLink: (link: SankeyLink) => void): void {
  const colour = (n: SankeyNode) => (n.tone === 'bad' ? '#b42318' : n.tone === 'good' ? '#0f8b8d' : n.column === 0 ? accent : '#5b6770');
  const chart = chartOn(host);
  chart.setOption({
    animation: false,
    aria: { enabled: true },
    tooltip: { trigger: 'item', formatter: (p: { dataType: string; data: SankeyLink & { name?: string; value: number } }) =>
      p.dataType === 'edge' ? `${p.data.source} → ${p.data.target}<br><b>${fmt(p.data.value, 'clients')} clients</b><br>Click to list them` : `${p.data.name}` },
    series: [{
      type: 'sankey', left: 8, right: 250, top: 8, bottom: 8, nodeAlign: 'left', nodeGap: 10, draggable: false,
      label: { color: '#1f2933', fontSize: 12 }, lineStyle: { color: 'gradient', opacity: 0.35 }, emphasis: { focus: 'adjacency' },
      data: nodes.map(n => ({ name: n.name, depth: n.column, itemStyle: { color: colour(n) } })),
      links: links.map(l => ({ source: l.source, target: l.target, value: l.value, clients: l.clients })),
    }],
  }, { notMerge: true });
  chart.off('click');
  chart.on('click', (p: { dataType?: string; data?: unknown }) => { if (p.dataType === 'edge') onLink(p.data as SankeyLink); });
}

export function drawBars(host: HTMLElement, categories: string[], bars: Array<{ name: string; values: number[]; stack?: string }>, unit: string): void {
  legend(host, bars.map(b => b.name), 'box');
  chartOn(host).setOption({
    ...base(unit),
    grid: { left: 180, right: 24, top: 8, bottom: 28 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => fmt(v, unit) },
    legend: { show: false, data: bars.map(b => b.name) },
    yAxis: { type: 'category', data: categories, inverse: true },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => tick(v, unit) }, splitLine: { lineStyle: { color: '#e4e7eb' } } },
    series: bars.map((b, i) => ({ type: 'bar', name: b.name, data: b.values, stack: b.stack, itemStyle: { color: palette[i % palette.length] }, barMaxWidth: 18 })),
  }, { notMerge: true });
}

/** A tornado: each parameter's swing below and above the centre value, widest first (the server sorts). */
export function drawTornado(host: HTMLElement, categories: string[], low: { name: string; values: number[] }, high: { name: string; values: number[] }, centre: number, unit: string): void {
  drawBars(host, categories, [
    { name: low.name, values: low.values.map(v => v - centre), stack: 'swing' },
    { name: high.name, values: high.values.map(v => v - centre), stack: 'swing' },
  ], unit);
}
