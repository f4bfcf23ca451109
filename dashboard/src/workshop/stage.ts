import { drawLines, drawSankey } from '../charts';
import { el, fmt } from '../format';
import { FrameSequence } from '../sequence';
import type { Frame, Header, PollResult, PollView, Spotlight, View } from './types';

// What the room sees, on the facilitator's projector and on every phone alike: a top bar (week, state, code) and
// the stage the facilitator chose. Full views redraw everything; weekly frames extend the curves in place.

export interface StageOptions {
  /** Participants vote; the facilitator's copy of the stage shows the poll without voting. */
  vote?: (poll: PollView, answer: { choice?: string; number?: number }) => Promise<void>;
  /** Asks the server for a fresh view (re-join or re-open) when a frame shows that one was missed. */
  resync?: () => void;
}

export class StageView {
  private view: View | null = null;
  private readonly top = el('div', { class: 'ws-top', id: 'ws-header' });
  private readonly body = el('div', { class: 'ws-body', id: 'ws-stage' });
  private mine = new Map<string, string>();
  private drawPending = false;
  // A phone keeps at most 256 frames waiting for a view.
  private readonly frames = new FrameSequence<Frame>({
    at: f => f.header.revision,
    held: () => this.view?.header.revision ?? null,
    apply: f => this.apply(f),
    resync: () => this.options.resync?.(),
    limit: 256,
  });
  readonly latencies: number[] = [];

  constructor(host: HTMLElement, private readonly options: StageOptions = {}) {
    host.append(this.top, this.body);
  }

  /**
   * Shows a full view, unless a newer one is already on screen (a join's reply can be overtaken by a broadcast).
   * Frames that arrived before it and are newer than it are applied on top. Returns whether it was shown.
   */
  show(view: View): boolean {
    const same = this.view?.header.sessionId === view.header.sessionId;
    if (same && view.header.revision < this.view!.header.revision) return false;
    this.view = view;
    this.header(view.header);
    this.body.replaceChildren();
    this.body.dataset.stage = view.header.stage;
    switch (view.header.stage) {
      case 'spotlight': if (view.spotlight) this.spotlight(view.spotlight); else this.charts(); break;
      case 'poll': if (view.poll) this.poll(view.poll); break;
      case 'result': if (view.result) this.result(view.result); break;
      case 'cracks': this.cracks(); break;
      default: this.charts();
    }
    this.frames.settle(f => f.header.sessionId === view.header.sessionId);
    return true;
  }

  frame(f: Frame): void {
    if (this.view && f.header.sessionId !== this.view.header.sessionId) return; // a session this screen has left
    this.frames.offer(f);
  }

  private apply(f: Frame): void {
    const v = this.view!;
    this.latencies.push(Date.now() - f.engineTime);
    f.values.forEach((values, b) => values.forEach((value, s) => { v.branches[b]?.history[s]?.push(value); }));
    v.header = f.header;
    if (f.spotlight) v.spotlight = f.spotlight;
    if (f.cracks) v.cracks = f.cracks;
    // A phone that falls behind draws the latest week once instead of every week it missed.
    if (this.drawPending) return;
    this.drawPending = true;
    requestAnimationFrame(() => {
      this.drawPending = false;
      const now = this.view!;
      this.header(now.header);
      if (now.header.stage === 'chart') this.charts(true);
      else if (now.header.stage === 'spotlight' && now.spotlight) this.spotlight(now.spotlight);
      else if (now.header.stage === 'cracks' && now.cracks) this.cracks();
    });
  }

  votes(pollId: string, voters: number): void {
    const counter = this.body.querySelector<HTMLElement>(`#ws-poll[data-poll="${pollId}"] .voters`);
    if (counter) { counter.textContent = `${voters} ${voters === 1 ? 'prediction' : 'predictions'} so far`; counter.dataset.voters = String(voters); }
    const poll = this.view?.polls.find(p => p.id === pollId);
    if (poll) poll.voters = voters;
  }

  presence(participants: number): void {
    if (!this.view) return;
    this.view.header.participants = participants;
    this.header(this.view.header);
  }

  private header(h: Header): void {
    const state = h.week >= h.weeks ? 'finished' : h.running ? 'running' : 'paused';
    Object.assign(this.top.dataset, { week: String(h.week), stage: h.stage, state });
    this.top.replaceChildren(
      el('div', { class: 'ws-title', text: h.title }),
      el('div', { class: 'ws-week', id: 'ws-week', text: `Week ${h.week} of ${h.weeks}` }),
      el('div', { class: 'ws-state', text: state === 'running' ? 'Running' : state === 'finished' ? 'Finished' : 'Paused' }),
      el('div', { class: 'ws-code' }, 'Join with code ', el('strong', { id: 'ws-code', text: h.joinCode })),
      el('div', { class: 'ws-people', id: 'ws-people', text: `${h.participants} joined` }));
  }

  private charts(update = false): void {
    const v = this.view!;
    let grid = this.body.querySelector<HTMLElement>('.ws-charts');
    if (!grid || !update) {
      grid = el('div', { class: 'ws-charts' });
      this.body.replaceChildren(grid);
      for (const s of v.series) grid.append(el('figure', { class: 'ws-figure' }, el('figcaption', { text: s.label }), el('div', { class: 'chart ws-chart', 'data-series': s.key })));
    }
    const weeks = v.branches[0]?.history[0]?.length ?? 0;
    grid.dataset.weeks = String(weeks);
    grid.dataset.lines = String(v.branches.length);
    const x = Array.from({ length: weeks }, (_, i) => i + 1);
    v.series.forEach((s, i) => {
      const host = grid!.querySelector<HTMLElement>(`.ws-chart[data-series="${s.key}"]`)!;
      drawLines(host, x, v.branches.map(b => ({ name: b.label, y: b.history[i] })), s.unit);
    });
  }

  private spotlight(s: Spotlight): void {
    const box = el('section', { class: 'ws-spotlight', id: 'ws-spotlight', 'data-client': String(s.client) },
      el('h2', { text: `Following ${s.name}` }));
    const lines = el('div', { class: 'ws-lines' });
    for (const line of s.lines) {
      const events = line.events.slice(-12);
      lines.append(el('article', { class: 'ws-line' },
        el('h3', { text: line.level }),
        el('p', { class: 'muted', text: `${line.profile} · ${line.barriersAtEntry} barrier${line.barriersAtEntry === 1 ? '' : 's'} · now: ${line.status}` }),
        events.length === 0 ? el('p', { text: `${s.name} has not registered yet.` })
          : el('ol', { class: 'events' }, ...events.map(e => el('li', { class: e.tone }, el('span', { class: 'week', text: `Week ${e.week}` }), el('span', { text: e.text }))))));
    }
    box.append(lines);
    this.body.replaceChildren(box);
  }

  private poll(p: PollView): void {
    const box = el('section', { class: 'ws-poll', id: 'ws-poll', 'data-poll': p.id, 'data-open': String(p.open) },
      el('h2', { text: p.question }),
      el('p', { class: 'voters', 'data-voters': String(p.voters), text: `${p.voters} ${p.voters === 1 ? 'prediction' : 'predictions'} so far` }));
    const mine = el('p', { class: 'ws-mine', id: 'ws-mine', text: this.mine.has(p.id) ? `Your prediction: ${this.mine.get(p.id)}. You can change it until the reveal.` : '' });
    const send = async (answer: { choice?: string; number?: number }, label: string) => {
      try {
        await this.options.vote!(p, answer);
        this.mine.set(p.id, label);
        mine.textContent = `Your prediction: ${label}. You can change it until the reveal.`;
        mine.className = 'ws-mine';
      } catch (e) {
        mine.textContent = e instanceof Error ? e.message : String(e);
        mine.className = 'ws-mine error';
      }
    };
    if (!p.open) box.append(el('p', { class: 'muted', text: 'Voting is closed.' }));
    else if (!this.options.vote) box.append(el('p', { class: 'muted', text: 'Participants are predicting on their phones.' }));
    else if (p.kind === 'level') {
      box.append(el('div', { class: 'ws-choices' }, ...p.options.map(o => {
        const b = el('button', { type: 'button', class: 'ws-choice', 'data-choice': o.key, text: o.label });
        b.addEventListener('click', () => void send({ choice: o.key }, o.label));
        return b;
      })));
    } else {
      const input = el('input', { type: 'number', id: 'ws-number', min: String(p.min), max: String(p.max), step: 'any', inputmode: 'decimal', 'aria-label': p.unit });
      const go = el('button', { type: 'button', class: 'primary', id: 'ws-submit', text: 'Send my prediction' });
      go.addEventListener('click', () => void send({ number: Number(input.value) }, `${input.value} ${p.unit}`));
      box.append(el('div', { class: 'ws-number' }, input, el('span', { text: `${p.unit} (${p.min} to ${p.max})` }), go));
    }
    box.append(mine);
    this.body.replaceChildren(box);
  }

  private result(r: PollResult): void {
    const most = Math.max(1, ...r.bars.map(b => b.count));
    const box = el('section', { class: 'ws-result', id: 'ws-result', 'data-poll': r.pollId, 'data-voters': String(r.voters) },
      el('h2', { text: r.question }),
      el('p', { class: 'muted', text: `${r.voters} ${r.voters === 1 ? 'prediction' : 'predictions'}${r.roomMedian === null ? '' : ` · the room's median: ${fmt(r.roomMedian, '')}`}` }),
      el('div', { class: 'ws-bars' }, ...r.bars.map(b => el('div', { class: `bar${b.isAnswer ? ' answer' : ''}`, 'data-key': b.key, 'data-count': String(b.count) },
        el('span', { class: 'label', text: b.label + (b.isAnswer ? ' ← the model' : '') }),
        el('span', { class: 'fill', style: `width:${(100 * b.count) / most}%` }),
        el('span', { class: 'count', text: String(b.count) })))),
      el('p', { class: 'ws-answer', id: 'ws-answer', text: r.answer.text }));
    this.body.replaceChildren(box);
  }

  private cracks(): void {
    const c = this.view?.cracks;
    if (!c) return;
    let host = this.body.querySelector<HTMLElement>('#ws-cracks');
    if (!host) {
      this.body.replaceChildren(el('section', { class: 'ws-cracks-box' }, el('h2', { id: 'ws-cracks-title' }), el('div', { class: 'chart sankey ws-sankey', id: 'ws-cracks' })));
      host = this.body.querySelector<HTMLElement>('#ws-cracks')!;
    }
    this.body.querySelector('#ws-cracks-title')!.textContent = `Where ${fmt(c.flows.clients, 'people')} clients went: ${c.label}`;
    drawSankey(host, c.flows.nodes, c.flows.links, () => undefined);
    host.dataset.ready = 'true';
    host.dataset.lost = String(c.flows.links.filter(l => l.target.startsWith('Lost')).reduce((n, l) => n + l.value, 0));
  }
}
