import type { Page } from '../main';
import { getJson } from '../api';
import { drawLines } from '../charts';
import { exportRow } from '../exports';
import { el, fmt } from '../format';
import { hub, invoke, ready, HubFailure, onReconnected } from '../hub';
import { FrameSequence } from '../sequence';
import { notify, state } from '../state';

// The live run: controls, headline tiles and the curves, redrawn at most once per animation frame as weekly
// frames arrive over SignalR. Viewers see everything; only a controller (the starting session or a holder of
// the control key) gets working buttons.

export interface RunInfo { runId: string; scenario: string; level: string | null; seed: number; state: string; week: number; weeks: number; jobseekers: number; weeksPerSecond: number; engine: string; error?: string }
interface SeriesInfo { key: string; panel: string; label: string; unit: string }
interface Snapshot { run: RunInfo; series: SeriesInfo[]; history: Array<Array<number | string>> }
interface Frame { runId: string; week: number; values: Array<number | string>; engineTime: number }

const panels: Array<[string, string, string]> = [
  ['employment', 'Employment', 'Share of all registered jobseekers who are in work, and in work for 26 weeks or more.'],
  ['longTerm', 'Long-term unemployment', 'Share of unemployed people who have been looking for 12 months or more.'],
  ['waiting', 'Waiting lists', 'Clients waiting for a place at each agency at the end of the week.'],
  ['cracks', 'Falling through the cracks', 'Times a client was lost between agencies, by what went wrong (running total).'],
  ['costAgency', 'Cost by agency', 'Money spent by each agency since the start (running total, euros). The employment service also pays benefits.'],
  ['costCategory', 'Cost by category', 'Money spent on staff time, coordination, IT and benefits since the start.'],
  ['costPerJob', 'Cost per sustained job', 'Service cost so far divided by jobs that have lasted 26 weeks or more. High at first, while few jobs have lasted that long.'],
];

/** Latency of each frame from engine to this page, for the end-to-end tests and the closing measurement. */
const probe = ((window as unknown as { __sandbox?: { latencies: number[]; frames: number } }).__sandbox ??= { latencies: [], frames: 0 });

export const num = (v: number | string) => (typeof v === 'number' ? v : null);

/** The open live page's re-watch after a reconnect (one at a time, so leaving the page leaves no hook behind). */
let rewatch: (() => void) | null = null;
onReconnected(() => rewatch?.());

export const livePage: Page = {
  id: 'live',
  title: 'Live run',
  render(main, arg) {
    const runId = arg || state.runId;
    main.append(el('section', { class: 'intro' },
      el('h1', { text: 'Live run' }),
      el('p', { text: 'Watch one scenario unfold week by week. Curves update as the simulation runs; pause, step one week at a time or change the speed. Anyone with the link can watch.' })));
    if (!runId) { main.append(emptyState()); return; }
    state.runId = runId;

    const bar = el('section', { class: 'card controls' });
    const tiles = el('section', { class: 'tiles', 'aria-label': 'Headline figures' });
    const grid = el('section', { class: 'grid' });
    main.append(bar, tiles, grid);

    let snap: Snapshot | null = null;
    let controller = false;
    let pending = false;
    const hosts = new Map<string, HTMLElement>();

    const statusText = el('div', { class: 'status', id: 'run-status', 'aria-live': 'polite' });
    const pause = el('button', { type: 'button', id: 'pause', text: 'Pause' });
    const step = el('button', { type: 'button', id: 'step', text: 'Step one week' });
    const reset = el('button', { type: 'button', id: 'reset', text: 'Reset' });
    const stop = el('button', { type: 'button', id: 'stop', text: 'Stop' });
    const speed = el('input', { type: 'range', id: 'speed', min: '0', max: '100', step: '1', 'aria-label': 'Weeks per second' });
    const speedText = el('span', { class: 'muted', id: 'speed-text' });
    const viewerNote = el('div', { class: 'muted viewer-note' });
    const share = el('button', { type: 'button', class: 'link-button', text: 'Copy link for viewers' });
    share.addEventListener('click', () => navigator.clipboard?.writeText(`${location.origin}/#/live/${runId}`).then(() => notify('Link copied. Viewers can watch but not control.')));
    const toSpeed = (s: number) => Math.round(0.25 * Math.pow(400, s / 100) * 100) / 100;
    const fromSpeed = (w: number) => String(Math.round((100 * Math.log(w / 0.25)) / Math.log(400)));

    const control = (command: string) => invoke<RunInfo>('Control', { runId, command, controlKey: state.controlKey(runId) }).then(showStatus).catch(fail);
    pause.addEventListener('click', () => control(snap?.run.state === 'running' ? 'pause' : 'resume'));
    step.addEventListener('click', () => control('step'));
    reset.addEventListener('click', () => control('reset'));
    stop.addEventListener('click', () => control('stop'));
    speed.addEventListener('change', () => invoke<RunInfo>('SetSpeed', { runId, weeksPerSecond: toSpeed(Number(speed.value)), controlKey: state.controlKey(runId) }).then(showStatus).catch(fail));
    speed.addEventListener('input', () => { speedText.textContent = `${toSpeed(Number(speed.value))} weeks per second`; });

    bar.append(
      el('div', { class: 'row' }, statusText, el('div', { class: 'actions' }, pause, step, reset, stop)),
      el('div', { class: 'row' }, el('label', { class: 'speed' }, el('span', { class: 'label', text: 'Speed' }), speed, speedText), share,
        el('a', { class: 'link-button', href: '#/scenario', text: 'Change the scenario' })),
      viewerNote);

    for (const [panel, title, help] of panels) {
      const host = el('div', { class: 'chart', 'data-panel': panel });
      hosts.set(panel, host);
      grid.append(el('article', { class: 'card chart-card', 'data-panel': panel },
        el('h2', { text: title }), el('p', { class: 'muted', text: help }), host,
        exportRow(() => ({ source: 'run', id: runId, chart: panel }))));
    }

    function fail(e: unknown): void {
      notify(e instanceof HubFailure ? e.error.message : String(e), 'error');
    }

    function showStatus(run: RunInfo): void {
      if (!snap) return;
      snap.run = run;
      const label = ({ created: 'ready to start', running: 'running', paused: 'paused', finished: 'finished', stopped: 'stopped', failed: 'failed' } as Record<string, string>)[run.state] ?? run.state;
      statusText.replaceChildren(
        el('strong', { text: run.scenario }),
        el('span', { text: ` · week ${run.week} of ${run.weeks} · ${label}${run.error ? `: ${run.error}` : ''}` }),
        el('span', { class: 'muted', text: ` · seed ${run.seed} · ${fmt(run.jobseekers, 'people')} jobseekers so far` }));
      statusText.dataset.state = run.state;
      statusText.dataset.week = String(run.week);
      pause.textContent = run.state === 'running' ? 'Pause' : run.state === 'created' ? 'Start' : 'Resume';
      const over = ['finished', 'stopped', 'failed'].includes(run.state);
      for (const b of [pause, step, stop]) b.disabled = !controller || over;
      reset.disabled = !controller;
      speed.disabled = !controller;
      speed.value = fromSpeed(run.weeksPerSecond);
      speedText.textContent = `${run.weeksPerSecond} weeks per second`;
    }

    function draw(): void {
      pending = false;
      if (!snap) return;
      const weeks = snap.history[0]?.length ?? 0;
      const x = Array.from({ length: weeks }, (_, i) => i + 1);
      for (const [panel] of panels) {
        const lines = snap.series.map((s, i) => ({ s, i })).filter(({ s }) => s.panel === panel)
          .map(({ s, i }) => ({ name: s.label, y: snap!.history[i].map(num) }));
        const unit = snap.series.find(s => s.panel === panel)?.unit ?? '';
        drawLines(hosts.get(panel)!, x, lines, unit);
      }
      const shown = snap.series.map((s, i) => ({ s, i }));
      tiles.replaceChildren(...[...shown.filter(({ s }) => s.panel === 'kpi'), ...shown.filter(({ s }) => s.panel === 'costPerJob')].map(({ s, i }) =>
        el('div', { class: 'tile' }, el('div', { class: 'value', text: fmt(num(snap!.history[i][weeks - 1] ?? 'NaN'), s.unit) }), el('div', { class: 'label', text: s.label }))));
      grid.dataset.weeks = String(weeks);
    }
    // At most four redraws a second: frames keep arriving (and are counted) while the charts catch up.
    let lastDraw = 0;
    const schedule = () => {
      if (pending) return;
      pending = true;
      const wait = Math.max(0, 250 - (performance.now() - lastDraw));
      setTimeout(() => requestAnimationFrame(() => { lastDraw = performance.now(); draw(); }), wait);
    };

    // A frame sent between the snapshot and its reply skips a week: the snapshot is then fetched again.
    const frames = new FrameSequence<Frame>({
      at: f => f.week,
      held: () => snap ? snap.history[0]?.length ?? 0 : null,
      apply: f => {
        f.values.forEach((v, i) => snap!.history[i].push(v));
        snap!.run = { ...snap!.run, week: f.week };
        showStatus(snap!.run);
        schedule();
      },
      resync: () => { watch().catch(e => { frames.abandon(); fail(e); }); },
    });
    const onFrame = (f: Frame) => {
      if (f.runId !== runId) return;
      probe.latencies.push(Date.now() - f.engineTime);
      probe.frames++;
      frames.offer(f);
    };
    const onStatus = (r: RunInfo) => { if (r.runId === runId) showStatus(r); };
    const onReset = (s: Snapshot) => { if (s.run.runId === runId) { snap = s; showStatus(s.run); schedule(); } };

    async function watch(): Promise<void> {
      const c = await ready();
      const key = state.controlKey(runId!);
      controller = key ? await invoke<boolean>('ClaimControl', runId, key) : false;
      snap = await invoke<Snapshot>('Watch', runId);
      frames.settle();
      viewerNote.textContent = controller ? 'You control this run.' : 'You are watching. Only the session that started this run, or someone with its control key, can control it.';
      showStatus(snap.run);
      schedule();
      void c;
    }

    const c = hub();
    c.on('frame', onFrame);
    c.on('status', onStatus);
    c.on('reset', onReset);
    rewatch = () => { void watch(); };
    watch().catch(e => {
      if (e instanceof HubFailure && e.error.code === 'notFound') { main.replaceChildren(emptyState('That run is no longer on the server.')); state.runId = null; }
      else fail(e);
    });
    return () => {
      rewatch = null;
      c.off('frame', onFrame);
      c.off('status', onStatus);
      c.off('reset', onReset);
      invoke('Unwatch', runId).catch(() => undefined);
    };
  },
};

function emptyState(message = 'No run is open yet.'): HTMLElement {
  const list = el('ul', { class: 'runs' });
  getJson<RunInfo[]>('/api/runs').then(runs => {
    if (runs.length === 0) list.append(el('li', { class: 'muted', text: 'Nobody is running a scenario on this server right now.' }));
    for (const r of runs) list.append(el('li', {}, el('a', { href: `#/live/${r.runId}`, text: `${r.scenario}` }), ` · week ${r.week} of ${r.weeks} · ${r.state}`));
  }).catch(() => undefined);
  return el('section', { class: 'card empty' },
    el('h2', { text: message }),
    el('p', {}, 'Set up a scenario and press ', el('strong', { text: 'Start a live run' }), ', or watch a run someone else started.'),
    el('a', { class: 'button primary', href: '#/scenario', text: 'Set up a scenario' }),
    el('h3', { text: 'Runs on this server' }), list);
}
