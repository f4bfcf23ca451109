import { getJson, num } from '../api';
import { drawBars, drawLines, drawTornado } from '../charts';
import { exportRow } from '../exports';
import { el } from '../format';
import { state } from '../state';

// Results of any finished experiment, as the server's shared analysis gives them: headlines, method, charts
// and tables, each downloadable, and the report the CLI would write for the same runs.

interface LineView { label: string; x: number[]; y: Array<number | string>; low?: Array<number | string> | null; high?: Array<number | string> | null }
interface BarView { label: string; values: Array<number | string>; low?: unknown; high?: unknown }
interface ChartView { name: string; type: 'lines' | 'bars' | 'stacked' | 'tornado'; title: string; subtitle: string; xLabel: string; yLabel: string; lines?: LineView[]; categories?: string[]; bars?: BarView[]; baseline?: number }
interface TableView { name: string; title: string; note: string; columns: string[]; rows: string[][]; totalRows: number }
export interface ResultsView { id: string; kind: string; title: string; method: string; headlines: string[]; charts: ChartView[]; tables: TableView[]; command: string; hasCurves: boolean }

const values = (xs: Array<number | string>) => xs.map(v => num(v) ?? 0);

export async function renderResults(host: HTMLElement, id: string): Promise<void> {
  const v = await getJson<ResultsView>(`/api/experiments/${id}/results`);
  const report = el('div', { class: 'exports', role: 'group', 'aria-label': 'Report' }, el('span', { class: 'muted', text: 'Report:' }),
    el('a', { class: 'link-button', id: 'report-html', href: `/api/experiments/${id}/report?format=html`, download: '', text: 'Download report (HTML)' }),
    el('a', { class: 'link-button', href: `/api/experiments/${id}/report?format=markdown`, download: '', text: 'Markdown + PNG/SVG (zip)' }),
    el('a', { class: 'link-button', href: `/api/export/bundle?source=experiment&id=${id}&chart=${encodeURIComponent(v.tables[0]?.name ?? 'runs')}`, download: '', text: 'Reproduction bundle' }));
  const head = el('article', { class: 'card', id: 'results', 'data-kind': v.kind },
    el('h2', { text: v.title }), report,
    el('h3', { text: 'Findings' }), el('ul', { class: 'headlines' }, ...v.headlines.map(h => el('li', { text: h }))),
    el('details', {}, el('summary', { text: 'Method' }), el('p', { text: v.method }), el('p', { class: 'muted', text: `Same numbers from the command line: ${v.command}` })));
  if (v.hasCurves) {
    const open = el('button', { type: 'button', class: 'link-button', text: 'Open the curves in Compare' });
    open.addEventListener('click', () => { state.compareId = id; location.hash = '#/compare'; });
    head.append(open);
  }
  host.replaceChildren(head);
  for (const c of v.charts) {
    const chart = el('div', { class: 'chart tall' });
    host.append(el('article', { class: 'card chart-card', 'data-chart': c.name }, el('h3', { text: c.title }), el('p', { class: 'muted', text: c.subtitle }), chart,
      exportRow(() => ({ source: 'experiment', id, chart: c.name }))));
    if (c.type === 'lines') drawLines(chart, c.lines![0].x, c.lines!.map(l => ({ name: l.label, y: l.y.map(num), low: l.low?.map(num), high: l.high?.map(num) })), c.yLabel, { xName: c.xLabel || ' ' });
    else if (c.type === 'tornado') drawTornado(chart, c.categories!, { name: c.bars![0].label, values: values(c.bars![0].values) }, { name: c.bars![1].label, values: values(c.bars![1].values) }, c.baseline ?? 0, c.xLabel);
    else drawBars(chart, c.categories!, c.bars!.map(b => ({ name: b.label, values: values(b.values), stack: c.type === 'stacked' ? 'all' : undefined })), c.yLabel);
  }
  for (const t of v.tables) {
    const table = el('table', { class: 'data' }, el('thead', {}, el('tr', {}, ...t.columns.map(c => el('th', { text: c })))),
      el('tbody', {}, ...t.rows.map(r => el('tr', {}, ...r.map(cell => el('td', { text: cell }))))));
    host.append(el('article', { class: 'card', 'data-table': t.name }, el('h3', { text: t.title }), el('p', { class: 'muted', text: t.note }),
      el('div', { class: 'table-scroll' }, table),
      el('p', { class: 'muted', text: t.rows.length < t.totalRows ? `First ${t.rows.length} of ${t.totalRows} rows; the download has them all.` : `${t.totalRows} rows.` }),
      exportRow(() => ({ source: 'experiment', id, chart: t.name }), { charts: false })));
  }
}
