import type { Page } from '../main';
import { ApiFailure, getJson, postJson, num } from '../api';
import { drawLines } from '../charts';
import { exportRow } from '../exports';
import { el, fmt, pct } from '../format';
import { follow, progressBar, type ExperimentInfo } from '../progress';
import { notify, state } from '../state';

// Compare: the four levels (or saved scenarios) on matched seeds, replication bands, differences from a
// baseline with confidence intervals, the probability that one beats another, and a sentence per headline.

interface Band { name: string; label: string; mean: Array<number | string>; low: Array<number | string>; high: Array<number | string> }
interface Headline { variant: string; label: string; isBaseline: boolean; sentence: string }
interface CompareView {
  experiment: ExperimentInfo; metric: { key: string; title: string; unit: string; better: string | null };
  metrics: Array<{ key: string; title: string; unit: string }>; variants: Array<{ name: string; label: string }>; baseline: string;
  weeks: number[]; levels: Band[]; differences: Band[]; headlines: Headline[]; probabilities: { names: string[]; matrix: Array<Array<number | string>> }; seeds: string[];
}

export const comparePage: Page = {
  id: 'compare',
  title: 'Compare',
  render(main) {
    main.append(el('section', { class: 'intro' },
      el('h1', { text: 'Compare integration levels' }),
      el('p', { text: 'Runs your scenario under each level many times. Every level meets the same people with the same luck (matched seeds), so the differences come from how services are joined up, not from chance. Shaded bands show the 95% confidence interval.' })));

    const setup = el('section', { class: 'card' });
    const results = el('section', { class: 'results' });
    main.append(setup, results);
    const progress = progressBar();
    let metric = 'sustained26Rate';
    let baseline = '';

    const levels = [['co-location', 'Co-location with basic referral'], ['mainstreamed', 'Mainstreamed interventions'], ['joint-planning', 'Joint planning'], ['full-integration', 'Full integration']];
    const boxes = levels.map(([key, title]) => el('label', { class: 'check' }, el('input', { type: 'checkbox', value: key, checked: '' }), ` ${title}`));
    const savedBox = el('div', { class: 'saved-list' });
    const reps = el('input', { type: 'number', id: 'replications', min: '2', max: '50', value: '10' });
    const seed = el('input', { type: 'number', id: 'base-seed', min: '0', value: '1' });
    const run = el('button', { class: 'primary', type: 'button', id: 'run-compare', text: 'Run the comparison' });
    const scenarioName = el('strong', { text: '…' });
    postJson<{ name: string }>('/api/scenarios/resolve', state.scenario).then(d => (scenarioName.textContent = d.name)).catch(() => undefined);
    getJson<{ saved: string[] }>('/api/scenarios').then(c => {
      if (c.saved.length === 0) savedBox.append(el('span', { class: 'muted', text: 'None kept yet: use “Keep for comparing” in the scenario editor.' }));
      for (const s of c.saved) savedBox.append(el('label', { class: 'check' }, el('input', { type: 'checkbox', value: s, 'data-saved': '' }), ` ${s}`));
    });

    setup.append(
      el('p', {}, 'Scenario: ', scenarioName, ' (change it on the ', el('a', { href: '#/scenario', text: 'Scenario' }), ' page).'),
      el('div', { class: 'row wrap' },
        el('fieldset', {}, el('legend', { text: 'Levels' }), ...boxes),
        el('fieldset', {}, el('legend', { text: 'Or saved scenarios' }), savedBox),
        el('fieldset', {}, el('legend', { text: 'Precision' }),
          el('label', { class: 'stack' }, el('span', { class: 'label', text: 'Runs per level' }), reps),
          el('label', { class: 'stack' }, el('span', { class: 'label', text: 'First seed' }), seed))),
      el('div', { class: 'row' }, run, progress.element));

    run.addEventListener('click', async () => {
      const saved = [...savedBox.querySelectorAll<HTMLInputElement>('input:checked')].map(i => i.value);
      const chosen = boxes.map(b => b.querySelector('input')!).filter(i => i.checked).map(i => i.value);
      try {
        run.disabled = true;
        const info = await postJson<ExperimentInfo>('/api/experiments', {
          kind: 'compare', scenario: state.scenario, levels: saved.length ? undefined : chosen, saved: saved.length ? saved : undefined,
          replications: Number(reps.value), baseSeed: Number(seed.value),
        });
        state.compareId = info.id;
        progress.show(info);
        const done = await follow(info.id, progress.show);
        if (done.status === 'completed') { baseline = ''; await show(); } else notify(`The comparison ${done.status}.`, 'error');
      } catch (e) {
        notify(e instanceof ApiFailure ? e.error.message : String(e), 'error');
      } finally { run.disabled = false; }
    });

    async function show(): Promise<void> {
      const id = state.compareId;
      if (!id) return;
      let view: CompareView;
      try {
        view = await getJson<CompareView>(`/api/experiments/${id}/compare?${new URLSearchParams({ metric, baseline })}`);
      } catch (e) {
        if (e instanceof ApiFailure && e.error.code === 'notFound') { state.compareId = null; return; }
        throw e;
      }
      progress.show(view.experiment);
      baseline = view.baseline;
      const unit = view.metric.unit;
      const metricSelect = el('select', { id: 'metric', 'aria-label': 'Outcome' });
      for (const m of view.metrics) metricSelect.append(new Option(m.title, m.key, false, m.key === view.metric.key));
      metricSelect.addEventListener('change', () => { metric = metricSelect.value; void show(); });
      const baseSelect = el('select', { id: 'baseline', 'aria-label': 'Baseline' });
      for (const v of view.variants) baseSelect.append(new Option(v.label, v.name, false, v.name === view.baseline));
      baseSelect.addEventListener('change', () => { baseline = baseSelect.value; void show(); });

      const headlines = el('ul', { class: 'headlines', id: 'headlines' }, ...view.headlines.map(h => el('li', { class: h.isBaseline ? 'baseline' : '' }, h.sentence)));
      const levelsHost = el('div', { class: 'chart tall' });
      const diffHost = el('div', { class: 'chart tall' });
      const baseLabel = view.variants.find(v => v.name === view.baseline)?.label ?? view.baseline;
      const q = (chart: string) => () => ({ source: 'experiment', id: id!, chart, metric: view.metric.key, baseline: view.baseline });
      const matrix = el('table', { class: 'matrix' },
        el('caption', { text: `Chance that the level in the row does better than the level in the column. Outcome: ${view.metric.title.toLowerCase()}, week ${view.weeks.length}. Shaded: 95% or more.` }),
        el('thead', {}, el('tr', {}, el('th', { text: '' }), ...view.probabilities.names.map(n => el('th', { scope: 'col', text: n })))),
        el('tbody', {}, ...view.probabilities.matrix.map((row, i) => el('tr', {}, el('th', { scope: 'row', text: view.probabilities.names[i] }),
          ...row.map((p, j) => el('td', { class: i === j ? 'self' : (num(p) ?? 0.5) >= 0.95 ? 'strong' : '', text: i === j ? '' : pct(num(p)) }))))));

      results.replaceChildren(
        el('article', { class: 'card' }, el('h2', { text: 'What the comparison shows' }),
          el('div', { class: 'row' }, el('label', { class: 'stack' }, el('span', { class: 'label', text: 'Outcome' }), metricSelect),
            el('label', { class: 'stack' }, el('span', { class: 'label', text: 'Compared with' }), baseSelect)),
          headlines,
          el('p', { class: 'muted', text: `${view.experiment.replications} runs per level on seeds ${view.seeds.slice(0, 5).join(', ')}${view.seeds.length > 5 ? ', …' : ''}. “95% CI” is the range that contains the true difference with 95% confidence, given the model.` })),
        el('div', { class: 'grid' },
          el('article', { class: 'card chart-card' }, el('h2', { text: view.metric.title }), el('p', { class: 'muted', text: `Mean of ${view.experiment.replications} runs per level; shaded: 95% confidence interval.` }), levelsHost, exportRow(q('levels'))),
          el('article', { class: 'card chart-card' }, el('h2', { text: `Difference from ${baseLabel}` }), el('p', { class: 'muted', text: `Each level minus ${baseLabel}, run by run on the same seeds. Where the band stays clear of zero, the difference is not chance.` }), diffHost, exportRow(q('difference')))),
        el('article', { class: 'card' }, el('h2', { text: 'Who beats whom' }), matrix, exportRow(q('probabilities'), { charts: false })));
      drawLines(levelsHost, view.weeks, view.levels.map(b => ({ name: b.label, y: b.mean.map(num), low: b.low.map(num), high: b.high.map(num) })), unit);
      drawLines(diffHost, view.weeks, view.differences.map(b => ({ name: b.label, y: b.mean.map(num), low: b.low.map(num), high: b.high.map(num) })), unit, { zeroLine: true });
      results.dataset.ready = 'true';
      void fmt;
    }
    void show();
  },
};
