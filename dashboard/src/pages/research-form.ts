import { el } from '../format';
import type { ScenarioDocument } from './scenario';

// The researchers' kinds on the Experiments form: which fields each kind shows, and the request body they make.
// Every value is checked on the server against the catalog ranges the CLI uses; the form only lays them out.

export const researchKinds: Array<[string, string]> = [
  ['multisweep', 'Sweep several settings (grid or Latin hypercube)'],
  ['sensitivity', 'Sensitivity: which settings matter (Morris or Sobol)'],
  ['decompose', 'Decomposition: which mechanism contributes how much'],
  ['reform', 'Reform path: switch level at week t'],
  ['fork', 'Fork: branch a running simulation into the levels'],
  ['adaptive', 'Compare to a set precision (adaptive replications)'],
];

const levels: Array<[string, string]> = [['co-location', 'Co-location'], ['mainstreamed', 'Mainstreamed'], ['joint-planning', 'Joint planning'], ['full-integration', 'Full integration']];

const field = (label: string, input: HTMLElement, hint = '') =>
  el('label', { class: 'stack' }, el('span', { class: 'label', text: label }), input, ...(hint ? [el('span', { class: 'muted', text: hint })] : []));
const number = (id: string, value: string, attrs: Record<string, string> = {}) => el('input', { type: 'number', id, value, ...attrs });
const choice = (id: string, options: Array<[string, string]>, selected?: string) =>
  el('select', { id }, ...options.map(([v, t]) => new Option(t, v, false, v === selected)));

export interface ResearchForm { element: HTMLElement; show(kind: string): void; body(kind: string): Record<string, unknown> }

/** Builds the kind-specific fields once; `show` hides the ones a kind does not use. */
export function researchForm(doc: Promise<ScenarioDocument>): ResearchForm {
  const ranges = el('div', { class: 'ranges', id: 'ranges' });
  const addRange = el('button', { type: 'button', class: 'link-button', id: 'add-range', text: 'Add a setting' });
  const paths: Array<[string, string, number, number]> = [];
  doc.then(d => {
    for (const g of d.groups) for (const p of g.parameters) if (p.kind !== 'choice' && p.path !== 'seed' && p.path !== 'weeks') paths.push([p.path, `${g.title}: ${p.label}`, p.min, p.max]);
    addRow('mechanisms.pooledBudget');
    addRow('labourMarket.vacancyRate');
  });
  function addRow(path: string): void {
    const select = el('select', { class: 'range-path', 'aria-label': 'Setting' }, ...paths.map(([p, label]) => new Option(label, p, false, p === path)));
    const min = el('input', { type: 'text', class: 'range-min', size: '6', 'aria-label': 'From' });
    const max = el('input', { type: 'text', class: 'range-max', size: '6', 'aria-label': 'To' });
    const fill = () => { const p = paths.find(x => x[0] === select.value); if (p) { min.value = String(p[2]); max.value = String(Math.min(p[3], p[2] + Math.max(1, (p[3] - p[2]) / 2))); } };
    select.addEventListener('change', fill);
    fill();
    const remove = el('button', { type: 'button', class: 'link-button', text: 'Remove' });
    const row = el('div', { class: 'row range-row' }, field('Setting', select), field('From', min), field('To', max), remove);
    remove.addEventListener('click', () => row.remove());
    ranges.append(row);
  }
  addRange.addEventListener('click', () => addRow(paths[0]?.[0] ?? ''));

  const outputs = el('input', { type: 'text', id: 'outputs', size: '40', placeholder: 'default outputs' });
  const design = choice('design', [['grid', 'Full grid'], ['lhs', 'Latin hypercube']]);
  const size = number('design-size', '3', { min: '2' });
  const method = choice('sens-method', [['morris', 'Morris elementary effects'], ['sobol', 'Sobol indices (Saltelli)']]);
  const sensSize = number('sens-size', '4', { min: '2' });
  const from = choice('dec-from', levels, 'co-location');
  const to = choice('dec-to', levels, 'full-integration');
  const components = choice('dec-components', [['grouped', 'Six grouped components'], ['settings', 'Every setting on its own']]);
  const reformTo = choice('reform-to', levels.slice(1), 'full-integration');
  const reformWeek = number('reform-week', '', { placeholder: 'scenario default' });
  const transition = number('reform-transition', '', { placeholder: 'default 26' });
  const capacity = number('reform-capacity', '', { placeholder: 'default 0.1', step: '0.05' });
  const forkWeek = number('fork-week', '20', { min: '1' });
  const precOutput = el('input', { type: 'text', id: 'prec-output', value: 'sustained26Rate' });
  const precRel = number('prec-rel', '5', { step: '0.5', min: '0' });
  const minReps = number('prec-min', '3', { min: '2' });

  const parts: Record<string, HTMLElement> = {
    ranges: el('div', {}, el('span', { class: 'label', text: 'Settings and their ranges' }), ranges, addRange),
    outputs: el('div', { class: 'row' }, field('Outputs (comma-separated metric keys)', outputs, 'e.g. sustained26Rate, cumulativeServiceCost; blank for the defaults')),
    design: el('div', { class: 'row' }, field('Design', design), field('Levels per setting (grid) or points (hypercube)', size)),
    sensitivity: el('div', { class: 'row' }, field('Method', method), field('Morris trajectories or Sobol base rows', sensSize)),
    decompose: el('div', { class: 'row' }, field('From', from), field('To', to), field('Components', components)),
    reform: el('div', { class: 'row' }, field('Switch to', reformTo), field('At week', reformWeek), field('Transition weeks', transition), field('Staff time lost to retraining', capacity)),
    fork: el('div', { class: 'row' }, field('Fork at week', forkWeek, 'branches into all four levels from the same state')),
    adaptive: el('div', { class: 'row' }, field('Output to make precise', precOutput), field('Half-width, % of the mean', precRel), field('At least this many runs', minReps)),
  };
  const uses: Record<string, string[]> = {
    multisweep: ['ranges', 'design', 'outputs'], sensitivity: ['ranges', 'sensitivity', 'outputs'], decompose: ['decompose', 'outputs'],
    reform: ['reform'], fork: ['fork'], adaptive: ['adaptive'],
  };
  const element = el('div', { class: 'research-fields' }, ...Object.values(parts));
  const opt = (input: HTMLInputElement) => (input.value.trim() === '' ? undefined : Number(input.value));
  const list = (text: string) => text.split(',').map(s => s.trim()).filter(s => s.length > 0);
  return {
    element,
    show(kind) { for (const [name, part] of Object.entries(parts)) part.hidden = !(uses[kind] ?? []).includes(name); },
    body(kind) {
      const rangeList = [...ranges.querySelectorAll('.range-row')].map(r => ({
        path: (r.querySelector('.range-path') as HTMLSelectElement).value, min: (r.querySelector('.range-min') as HTMLInputElement).value, max: (r.querySelector('.range-max') as HTMLInputElement).value,
      }));
      const out = list(outputs.value);
      const common = out.length > 0 ? { outputs: out } : {};
      switch (kind) {
        case 'multisweep': return { ...common, ranges: rangeList, design: { design: design.value, size: Number(size.value) } };
        case 'sensitivity': return { ...common, ranges: rangeList, sensitivity: method.value === 'sobol' ? { method: 'sobol', baseSize: Number(sensSize.value) } : { method: 'morris', trajectories: Number(sensSize.value) } };
        case 'decompose': return { ...common, decomposition: { from: from.value, to: to.value, components: components.value } };
        case 'reform': return { reform: { to: reformTo.value, week: opt(reformWeek), transitionWeeks: opt(transition), capacityLoss: opt(capacity) } };
        case 'fork': return { fork: { week: Number(forkWeek.value) } };
        case 'adaptive': return { precision: { targets: [{ output: precOutput.value.trim(), relative: Number(precRel.value) / 100 }], minReplications: Number(minReps.value) } };
        default: return {};
      }
    },
  };
}
