import type { Page } from '../main';
import { ApiFailure, getJson, num, postJson, saveBlob } from '../api';
import { drawLines } from '../charts';
import { exportRow } from '../exports';
import { el } from '../format';
import { follow, progressBar, type ExperimentInfo } from '../progress';
import type { ScenarioDocument } from './scenario';
import { notify, state } from '../state';
import { renderResults } from './research';
import { researchForm, researchKinds } from './research-form';

// Experiments: launch a compare, a sweep of one setting or a researcher's experiment (multi-setting sweep, sensitivity,
// decomposition, reform, fork, adaptive compare), follow progress live, see and download results and the report.

interface SweepView { parameter: { path: string; label: string; unit: string }; metric: { key: string; title: string; unit: string }; metrics: Array<{ key: string; title: string }>; x: number[]; mean: Array<number | string>; low: Array<number | string>; high: Array<number | string> }

export const experimentsPage: Page = {
  id: 'experiments',
  title: 'Experiments',
  render(main) {
    main.append(el('section', { class: 'intro' },
      el('h1', { text: 'Experiments' }),
      el('p', { text: 'Larger studies that run in the background: compare the levels, sweep one or several settings, find which settings matter most (sensitivity), which mechanism contributes how much (decomposition), follow a reform through its transition, branch a running simulation into the levels, or compare until the answer is precise enough. Progress shows live; results, downloads and a report are ready when done.' })));
    const form = el('section', { class: 'card' });
    const list = el('section', { class: 'card' });
    const detail = el('section', { class: 'detail' });
    main.append(form, list, detail, replayCard());

    const kind = el('select', { id: 'experiment-kind', 'aria-label': 'Kind of experiment' },
      new Option('Compare the four levels', 'compare'), new Option('Sweep one setting', 'sweep'), ...researchKinds.map(([v, t]) => new Option(t, v)));
    const param = el('select', { id: 'sweep-path', 'aria-label': 'Setting to sweep' });
    const values = el('input', { type: 'text', id: 'sweep-values', 'aria-label': 'Values', size: '30' });
    const reps = el('input', { type: 'number', id: 'experiment-replications', min: '1', max: '50', value: '5' });
    const launch = el('button', { class: 'primary', type: 'button', id: 'launch', text: 'Launch' });
    const sweepFields = el('div', { class: 'row' }, el('label', { class: 'stack' }, el('span', { class: 'label', text: 'Setting' }), param),
      el('label', { class: 'stack grow' }, el('span', { class: 'label', text: 'Values, separated by commas' }), values));
    let doc: ScenarioDocument | null = null;
    const resolved = postJson<ScenarioDocument>('/api/scenarios/resolve', state.scenario);
    const research = researchForm(resolved);
    const formError = el('p', { class: 'form-error', id: 'form-error', role: 'alert' });
    resolved.then(d => {
      doc = d;
      for (const g of d.groups) for (const p of g.parameters) if (p.kind !== 'choice' && p.path !== 'seed') param.append(new Option(`${g.title}: ${p.label}`, p.path, false, p.path === 'mechanisms.pooledBudget'));
      suggest();
    });
    function suggest(): void {
      const p = doc?.groups.flatMap(g => g.parameters).find(x => x.path === param.value);
      if (!p) return;
      // Small ranges (shares, indices, choices of a few) are swept end to end; large ones up to twice the current value.
      const hi = p.max - p.min <= 10 ? p.max : Math.min(p.max, Math.max((p.value ?? 1) * 2, p.min + 1));
      values.value = [0, 0.25, 0.5, 0.75, 1].map(f => Number((p.min + f * (hi - p.min)).toPrecision(p.kind === 'integer' ? 6 : 3))).map(v => (p.kind === 'integer' ? Math.round(v) : v)).join(', ');
    }
    param.addEventListener('change', suggest);
    const sync = () => { sweepFields.hidden = kind.value !== 'sweep'; research.show(kind.value); };
    kind.addEventListener('change', sync);
    sync();
    form.append(el('h2', { text: 'New experiment' }),
      el('div', { class: 'row' }, el('label', { class: 'stack' }, el('span', { class: 'label', text: 'Kind' }), kind),
        el('label', { class: 'stack' }, el('span', { class: 'label', text: 'Runs per variant' }), reps), launch),
      sweepFields, research.element, formError,
      el('p', { class: 'muted', text: 'Uses the scenario from the Scenario page. Every variant and point runs on the same seeds (common random numbers).' }));

    launch.addEventListener('click', async () => {
      try {
        formError.textContent = '';
        const body = kind.value === 'sweep'
          ? { kind: 'sweep', scenario: state.scenario, sweepPath: param.value, sweepValues: values.value.split(',').map(v => Number(v.trim())).filter(v => v.toString() !== 'NaN'), replications: Number(reps.value) }
          : { kind: kind.value, scenario: state.scenario, replications: Number(reps.value), ...research.body(kind.value) };
        const info = await postJson<ExperimentInfo>('/api/experiments', body);
        await refresh();
        void follow(info.id, () => void refresh()).then(done => { if (done.status === 'completed' && !['compare', 'sweep'].includes(done.kind)) void renderResults(detail, done.id); });
      } catch (e) {
        const message = e instanceof ApiFailure ? `${e.error.field}: ${e.error.message}` : String(e);
        formError.textContent = message;
        notify(message, 'error');
      }
    });

    async function refresh(): Promise<void> {
      const all = await getJson<ExperimentInfo[]>('/api/experiments');
      list.replaceChildren(el('h2', { text: 'Experiments on this server' }));
      if (all.length === 0) list.append(el('p', { class: 'muted', text: 'None yet.' }));
      for (const x of all) {
        const bar = progressBar();
        bar.show(x);
        const open = el('button', { type: 'button', class: 'link-button', text: x.kind === 'compare' ? 'Open in Compare' : 'Show results' });
        open.disabled = x.status !== 'completed';
        open.addEventListener('click', () => {
          if (x.kind === 'compare') { state.compareId = x.id; location.hash = '#/compare'; } else if (x.kind === 'sweep') void showSweep(x.id); else void renderResults(detail, x.id);
        });
        const report = el('a', { class: 'link-button', href: `/api/experiments/${x.id}/report?format=html`, download: '', text: 'Download report' });
        report.hidden = x.status !== 'completed';
        const cancel = el('button', { type: 'button', class: 'link-button', text: 'Cancel' });
        cancel.hidden = x.status !== 'running';
        cancel.addEventListener('click', () => postJson(`/api/experiments/${x.id}/cancel`, {}).then(refresh));
        list.append(el('div', { class: 'experiment', 'data-id': x.id, 'data-status': x.status },
          el('div', {}, el('strong', { text: x.name }), el('div', { class: 'muted', text: x.variants.length > 0 ? `${x.variants.length} variants × ${x.replications} runs` : `${x.total} runs, ${x.replications} per point` })),
          bar.element, el('div', { class: 'actions' }, open, report, cancel)));
        if (x.status === 'running') void follow(x.id, bar.show).then(() => refresh());
      }
    }

    let sweepMetric = 'sustained26Rate';
    async function showSweep(id: string): Promise<void> {
      const v = await getJson<SweepView>(`/api/experiments/${id}/sweep?metric=${sweepMetric}`);
      const host = el('div', { class: 'chart tall' });
      const metric = el('select', { 'aria-label': 'Outcome' });
      for (const m of v.metrics) metric.append(new Option(m.title, m.key, false, m.key === v.metric.key));
      metric.addEventListener('change', () => { sweepMetric = metric.value; void showSweep(id); });
      detail.replaceChildren(el('article', { class: 'card chart-card' },
        el('h2', { text: `${v.metric.title} as ${v.parameter.label.toLowerCase()} changes` }),
        el('div', { class: 'row' }, el('label', { class: 'stack' }, el('span', { class: 'label', text: 'Outcome' }), metric)),
        el('p', { class: 'muted', text: 'Value at the final week: mean of the runs, shaded 95% confidence interval.' }), host,
        exportRow(() => ({ source: 'experiment', id, chart: 'sweep', metric: v.metric.key }))));
      drawLines(host, v.x, [{ name: v.metric.title, y: v.mean.map(num), low: v.low.map(num), high: v.high.map(num) }], v.metric.unit, { xName: v.parameter.label });
    }
    void refresh();
  },
};

/** Re-creates a chart from a reproduction bundle: the server re-runs the model from the bundle alone. */
function replayCard(): HTMLElement {
  const file = el('input', { type: 'file', id: 'bundle-file', accept: '.zip,.json' });
  const format = el('select', { id: 'bundle-format', 'aria-label': 'Format' }, new Option('SVG chart', 'svg'), new Option('PNG chart', 'png'), new Option('CSV data', 'csv'));
  const go = el('button', { type: 'button', id: 'replay', text: 'Re-create' });
  go.addEventListener('click', async () => {
    const f = file.files?.[0];
    if (!f) { notify('Choose a bundle first.', 'error'); return; }
    go.disabled = true;
    try {
      const r = await fetch(`/api/bundles/replay?format=${format.value}`, { method: 'POST', body: f });
      if (!r.ok) { const e = await r.json(); notify(e.message ?? 'That bundle could not be replayed.', 'error'); return; }
      saveBlob(await r.blob(), `recreated.${format.value}`);
      notify('Re-created from the bundle: same scenario, same seeds, same numbers.');
    } finally { go.disabled = false; }
  });
  return el('section', { class: 'card' }, el('h2', { text: 'Re-create a chart from a bundle' }),
    el('p', { class: 'muted', text: 'Every chart can be downloaded as a reproduction bundle (app version, scenario, seeds). Choose one here and the server runs the model again from it.' }),
    el('div', { class: 'row' }, file, format, go));
}
