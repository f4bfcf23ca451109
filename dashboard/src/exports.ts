import { el } from './format';

// Every chart and table carries the same export row: data as CSV or Parquet, the chart drawn on the server as
// PNG or SVG (ScottPlot, the report style), and a reproduction bundle that re-creates it from scratch.

export type ExportQuery = Record<string, string>;

const formats: Array<[string, string, boolean]> = [
  ['csv', 'CSV', false], ['parquet', 'Parquet', false], ['png', 'PNG', true], ['svg', 'SVG', true], ['bundle', 'Reproduction bundle', false],
];

export function exportRow(query: () => ExportQuery | null, opts: { charts?: boolean } = {}): HTMLElement {
  const row = el('div', { class: 'exports', role: 'group', 'aria-label': 'Download' }, el('span', { class: 'muted', text: 'Download:' }));
  for (const [format, label, isChart] of formats) {
    if (isChart && opts.charts === false) continue;
    const a = el('a', { class: 'link-button', href: '#', 'data-format': format, text: label });
    a.addEventListener('click', e => {
      const q = query();
      if (!q) { e.preventDefault(); return; }
      a.setAttribute('href', `/api/export/${format}?${new URLSearchParams(q)}`);
      a.setAttribute('download', '');
    });
    row.append(a);
  }
  return row;
}
