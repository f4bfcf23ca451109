import type { Page } from '../main';
import { ApiFailure, getJson, postDownload, postJson, type ApiError } from '../api';
import { el, fmt } from '../format';
import { invoke, HubFailure } from '../hub';
import { notify, state, type ScenarioRequest } from '../state';

// The scenario editor: a starting point, an integration level, then every parameter with its range and the
// source of its default. Each change is validated by the server, which names the field and the allowed range.

interface Parameter { path: string; group: string; label: string; value: number | null; min: number; max: number; step: number; unit: string; source: string; help: string; kind: 'number' | 'integer' | 'choice'; choices: string[] }
interface Group { key: string; title: string; parameters: Parameter[] }
export interface ScenarioDocument { name: string; description: string; level: string | null; levelTitle: string; json: string; groups: Group[] }
interface Catalogue { library: Array<{ name: string; title: string }>; saved: string[]; levels: Array<{ key: string; title: string }> }

export const levelHelp: Record<string, string> = {
  'co-location': 'Partners share a building; referrals are ad hoc, each agency assesses again, budgets are separate.',
  'mainstreamed': 'A programme for a target group: needs assessed at entry, mentor and counsellor, sequenced services.',
  'joint-planning': 'Joint diagnosis, agreed protocols and a focal case manager; some pooled budget.',
  'full-integration': 'One point of contact, shared client record, simultaneous services, shared budgets.',
};

const choiceLabels: Record<string, string> = { none: 'Nobody', targetGroup: 'Target group only', all: 'Everyone', adHoc: 'Ad hoc', sequenced: 'Sequenced', parallel: 'Simultaneous' };
const openGroups = new Set(['run', 'mechanisms']);

export const scenarioPage: Page = {
  id: 'scenario',
  title: 'Scenario',
  render(main) {
    main.append(el('section', { class: 'intro' },
      el('h1', { text: 'Set up a scenario' }),
      el('p', { text: 'A scenario is one local labour market: its jobseekers, the agencies that serve them and how joined-up those agencies are. Pick a starting point and an integration level, then change anything you like. Each setting shows its allowed range and where its default value comes from.' })));
    const head = el('section', { class: 'card' });
    const form = el('div', { class: 'params' });
    main.append(head, form);
    let doc: ScenarioDocument | null = null;
    let timer = 0;

    const request = (): ScenarioRequest => state.scenario;
    const update = (change: (r: ScenarioRequest) => void) => { const r = request(); change(r); state.scenario = r; };

    async function resolve(rerender: boolean): Promise<void> {
      form.querySelectorAll('.field-error').forEach(e => (e.textContent = ''));
      form.querySelectorAll('.param.invalid').forEach(e => e.classList.remove('invalid'));
      try {
        doc = await postJson<ScenarioDocument>('/api/scenarios/resolve', request());
        if (rerender) drawForm(); else drawLevel();
      } catch (e) {
        if (e instanceof ApiFailure) showError(e.error); else throw e;
      }
    }

    function showError(error: ApiError): void {
      const row = form.querySelector<HTMLElement>(`[data-path="${CSS.escape(error.field)}"]`);
      if (row) {
        row.classList.add('invalid');
        row.querySelector('.field-error')!.textContent = `${error.value} is not allowed: expected ${error.allowed}.`;
      } else notify(error.message, 'error');
    }

    async function drawHead(): Promise<void> {
      const cat = await getJson<Catalogue>('/api/scenarios');
      const r = request();
      const from = el('select', { id: 'base', 'aria-label': 'Start from' });
      for (const s of cat.library) from.append(new Option(s.title, s.name, false, r.base === s.name && !r.json));
      for (const s of cat.saved) from.append(new Option(`Saved: ${s}`, s, false, r.base === s && !r.json));
      if (r.json) from.append(new Option('Opened file', '', true, true));
      from.addEventListener('change', () => { state.scenario = { base: from.value, overrides: {} }; load(); });

      const levels = el('div', { class: 'levels', role: 'radiogroup', 'aria-label': 'Integration level' });
      for (const l of cat.levels) {
        const b = el('button', { type: 'button', class: 'level', role: 'radio', 'data-level': l.key },
          el('strong', { text: l.title }), el('span', { text: levelHelp[l.key] ?? '' }));
        b.addEventListener('click', () => {
          update(x => { x.level = l.key; for (const k of Object.keys(x.overrides ?? {})) if (k.startsWith('mechanisms.')) delete x.overrides![k]; });
          resolve(true);
        });
        levels.append(b);
      }

      const name = el('input', { id: 'scenario-name', type: 'text', maxlength: '120', 'aria-label': 'Scenario name' });
      name.addEventListener('change', () => { update(x => { x.overrides = { ...(x.overrides ?? {}), name: name.value }; }); resolve(false); });

      const start = el('button', { class: 'primary', type: 'button', id: 'start-run', text: 'Start a live run ▸' });
      start.addEventListener('click', startRun);
      const saveShelf = el('button', { type: 'button', text: 'Keep for comparing' });
      saveShelf.addEventListener('click', async () => {
        try { await postJson('/api/scenarios/saved', request()); notify(`Kept “${doc?.name}” for the Compare page.`); } catch (e) { if (e instanceof ApiFailure) showError(e.error); }
      });
      const download = el('button', { type: 'button', text: 'Save to file' });
      download.addEventListener('click', () => postDownload('/api/scenarios/file', request(), 'scenario.json').catch(e => e instanceof ApiFailure && showError(e.error)));
      const file = el('input', { type: 'file', accept: '.json,application/json', id: 'open-file', class: 'visually-hidden' });
      file.addEventListener('change', async () => {
        const f = file.files?.[0];
        if (!f) return;
        if (f.size > 60000) { notify('That file is larger than a scenario file can be (60 kB).', 'error'); return; }
        state.scenario = { json: await f.text(), overrides: {} };
        await load();
      });
      const open = el('label', { for: 'open-file', class: 'button', tabindex: '0', text: 'Open a file…' });

      head.replaceChildren(
        el('div', { class: 'row' },
          el('label', { class: 'stack' }, el('span', { class: 'label', text: 'Start from' }), from),
          el('label', { class: 'stack grow' }, el('span', { class: 'label', text: 'Name' }), name),
          el('div', { class: 'actions' }, open, file, download, saveShelf, start)),
        el('h2', { text: 'How joined-up are the services?' }),
        el('p', { class: 'muted', id: 'level-note' }),
        levels);
    }

    function drawLevel(): void {
      if (!doc) return;
      (head.querySelector('#scenario-name') as HTMLInputElement).value = doc.name;
      head.querySelectorAll<HTMLButtonElement>('.level').forEach(b => b.setAttribute('aria-checked', String(b.dataset.level === doc!.level)));
      head.querySelector('#level-note')!.textContent = doc.level
        ? `Level: ${doc.levelTitle}. The level only sets the integration mechanisms below; everything else stays the same.`
        : 'Custom mechanisms: the settings below no longer match one of the four levels.';
    }

    function drawForm(): void {
      if (!doc) return;
      drawLevel();
      // Mechanisms first: they are what a level sets, and what the page above just talked about.
      const groups = [...doc.groups].sort((a, b) => Number(b.key === 'mechanisms') - Number(a.key === 'mechanisms'));
      form.replaceChildren(...groups.map(g => {
        const details = el('details', { class: 'card group', 'data-group': g.key });
        if (openGroups.has(g.key)) details.open = true;
        details.append(el('summary', {}, el('h2', { text: g.title }), el('span', { class: 'muted', text: `${g.parameters.length} settings` })));
        for (const p of g.parameters) details.append(paramRow(p));
        return details;
      }));
    }

    function paramRow(p: Parameter): HTMLElement {
      const id = `p-${p.path.replace(/\W/g, '-')}`;
      const row = el('div', { class: 'param', 'data-path': p.path });
      const set = (v: number | string) => {
        update(x => { x.overrides = { ...(x.overrides ?? {}), [p.path]: v }; });
        clearTimeout(timer);
        timer = window.setTimeout(() => resolve(false), 250);
      };
      let control: HTMLElement;
      if (p.kind === 'choice') {
        const select = el('select', { id });
        p.choices.forEach((c, i) => select.append(new Option(choiceLabels[c] ?? c, c, false, p.value === i)));
        select.addEventListener('change', () => set(select.value));
        control = select;
      } else {
        const number = el('input', { id, type: 'number', min: String(p.min), max: String(p.max), step: p.kind === 'integer' ? '1' : 'any', value: String(p.value ?? '') });
        const log = p.max / Math.max(p.min, 1) > 5000;
        const slider = el('input', { type: 'range', min: '0', max: '1000', step: '1', 'aria-label': `${p.label} slider`, tabindex: '-1' });
        const toSlider = (v: number) => String(Math.round(1000 * (log ? Math.log1p(v - p.min) / Math.log1p(p.max - p.min) : (v - p.min) / (p.max - p.min))));
        const fromSlider = (s: number) => {
          const v = log ? p.min + Math.expm1((s / 1000) * Math.log1p(p.max - p.min)) : p.min + (s / 1000) * (p.max - p.min);
          return p.kind === 'integer' ? Math.round(v) : Number(v.toPrecision(3));
        };
        slider.value = toSlider(p.value ?? p.min);
        slider.addEventListener('input', () => { const v = fromSlider(Number(slider.value)); number.value = String(v); set(v); });
        number.addEventListener('change', () => { const v = Number(number.value); if (Number.isFinite(v)) slider.value = toSlider(v); set(v); });
        control = el('div', { class: 'control' }, ...(p.path === 'seed' ? [] : [slider]), number);
      }
      const range = p.kind === 'choice' ? p.choices.map(c => choiceLabels[c] ?? c).join(' · ') : `${fmt(p.min, '')} to ${fmt(p.max, '')}${p.unit ? ` ${p.unit}` : ''}`;
      row.append(
        el('label', { for: id, class: 'name', text: p.label }),
        control,
        el('div', { class: 'meta' },
          p.help ? el('div', { class: 'help', text: p.help }) : '',
          el('div', { class: 'range', text: `Allowed: ${range}` }),
          el('div', { class: 'source', text: `Source of default: ${p.source}` })),
        el('div', { class: 'field-error', role: 'alert' }));
      return row;
    }

    async function startRun(): Promise<void> {
      try {
        const ticket = await invoke<{ run: { runId: string }; controlKey: string }>('StartRun', { scenario: request(), weeksPerSecond: 4 });
        state.runId = ticket.run.runId;
        state.setControlKey(ticket.run.runId, ticket.controlKey);
        location.hash = `#/live/${ticket.run.runId}`;
      } catch (e) {
        if (e instanceof HubFailure) showError(e.error); else notify(String(e), 'error');
      }
    }

    async function load(): Promise<void> {
      await drawHead();
      await resolve(true);
    }
    load();
  },
};
