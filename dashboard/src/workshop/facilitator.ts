import type { Page } from '../main';
import { ApiFailure, getJson } from '../api';
import { el } from '../format';
import { notify } from '../state';
import { WorkshopConnection } from './connection';
import { StageView } from './stage';
import type { FacilitatorTicket, View } from './types';
import './workshop.css';

// The facilitator's page: create a session from a ready-made workshop, show the join code and QR code, steer the
// run (start, pause, step, jump, switch or fork the level), spotlight a client, run polls and reveal the cracks.
// The session id and facilitator key live in localStorage, so a reload (or a second screen) takes control back.

interface WorkshopSummary { name: string; title: string; summary: string; scenario: string; polls: number; spotlight: string | null }
interface Stored { sessionId: string; key: string }
const storeKey = 'workshop-facilitator';
const levels: Array<[string, string]> = [['co-location', 'Co-location with basic referral'], ['mainstreamed', 'Mainstreamed interventions'], ['joint-planning', 'Joint planning'], ['full-integration', 'Full integration']];

export const workshopPage: Page = {
  id: 'workshop',
  title: 'Workshop',
  render(main) {
    const stageHost = el('div', { class: 'ws-stage' });
    const stage = new StageView(stageHost, { resync: () => void reopen() });
    const controls = el('div', { class: 'ws-controls', id: 'ws-controls' });
    let ticket: FacilitatorTicket | null = null;
    const connection = new WorkshopConnection({
      view: v => { if (stage.show(v)) sync(v); },
      frame: f => stage.frame(f),
      votes: (poll, n) => { stage.votes(poll, n); const c = controls.querySelector(`[data-votes="${poll}"]`); if (c) c.textContent = `${n} voted`; },
      presence: n => stage.presence(n),
    }, () => reopen());

    main.append(el('section', { class: 'intro' }, el('h1', { text: 'Workshop mode' }),
      el('p', { text: 'Run a session for a room: participants join on their phones with a code, watch the simulation follow your controls, and predict before each reveal. The model answers every poll from the same scenario and seed.' })));
    const setup = el('article', { class: 'card', id: 'ws-setup' });
    main.append(setup, controls, el('article', { class: 'card' }, stageHost));

    async function reopen(): Promise<void> {
      const stored = load();
      if (!stored) return;
      try { attach(await connection.invoke<FacilitatorTicket>('Facilitate', stored.sessionId, stored.key)); }
      catch { localStorage.removeItem(storeKey); void chooseWorkshop(); }
    }

    async function chooseWorkshop(): Promise<void> {
      const list = await getJson<WorkshopSummary[]>('/api/workshops');
      const pick = el('select', { id: 'ws-workshop', 'aria-label': 'Workshop' });
      for (const w of list) pick.append(new Option(w.title, w.name));
      const about = el('p', { class: 'muted' });
      const script = el('details', { class: 'ws-script' });
      const describe = async () => {
        const w = list.find(x => x.name === pick.value);
        about.textContent = w ? `${w.summary} ${w.polls} polls${w.spotlight ? `, follows ${w.spotlight}` : ''}.` : '';
        const detail = await getJson<{ script: string | null }>(`/api/workshops/${pick.value}`);
        script.replaceChildren(el('summary', { text: 'Facilitator script' }), markdown(detail.script ?? 'No script for this workshop.'));
      };
      pick.addEventListener('change', () => void describe());
      const create = el('button', { type: 'button', class: 'primary', id: 'ws-create', text: 'Create session' });
      create.addEventListener('click', async () => {
        create.disabled = true;
        try { attach(await connection.invoke<FacilitatorTicket>('Create', { workshop: pick.value })); }
        catch (e) { notify(e instanceof Error ? e.message : String(e), 'error'); }
        finally { create.disabled = false; }
      });
      setup.replaceChildren(el('h2', { text: 'Start a session' }), el('div', { class: 'row' }, pick, create), about, script);
      controls.replaceChildren();
      await describe();
    }

    function attach(t: FacilitatorTicket): void {
      ticket = t;
      localStorage.setItem(storeKey, JSON.stringify({ sessionId: t.sessionId, key: t.key } satisfies Stored));
      const qr = el('div', { class: 'ws-qr', id: 'ws-qr' });
      qr.innerHTML = t.qrSvg; // server-made SVG of our own join URL
      const leave = el('button', { type: 'button', text: 'Leave this session' });
      leave.addEventListener('click', () => { localStorage.removeItem(storeKey); ticket = null; void chooseWorkshop(); });
      setup.replaceChildren(el('div', { class: 'ws-join-info' }, qr,
        el('div', {}, el('h2', { text: t.view.header.title }),
          el('p', { class: 'ws-big-code' }, 'Code ', el('strong', { id: 'ws-join-code', text: t.view.header.joinCode })),
          el('p', {}, 'or open ', el('a', { href: t.joinUrl, id: 'ws-join-url', target: '_blank', text: t.joinUrl })),
          el('p', { class: 'muted', text: `The code admits newcomers until ${new Date(t.view.header.codeExpiresUtc).toLocaleTimeString()}.` }),
          el('div', { class: 'row' }, el('a', { class: 'button', id: 'ws-handout', href: `/api/workshops/sessions/${t.sessionId}/handout.pdf`, text: 'Handout (PDF)' }), leave))));
      stage.show(t.view);
      sync(t.view);
    }

    /** Rebuilds the control panel for the session's current lines and polls. */
    function sync(v: View): void {
      if (!ticket) return;
      const send = (command: string, args: Record<string, unknown> = {}) =>
        connection.invoke<View>('Control', { sessionId: ticket!.sessionId, key: ticket!.key, command, ...args })
          .catch(e => notify(e instanceof Error ? e.message : String(e), 'error'));
      const button = (id: string, text: string, action: () => void) => { const b = el('button', { type: 'button', id, text }); b.addEventListener('click', action); return b; };
      const week = el('input', { type: 'number', id: 'ws-week-input', min: '0', max: String(v.header.weeks), value: String(v.header.week), 'aria-label': 'Week' });
      const speed = el('input', { type: 'number', id: 'ws-speed', min: '0.25', max: '20', step: '0.25', value: String(v.header.weeksPerSecond), 'aria-label': 'Weeks per second' });
      const level = el('select', { id: 'ws-level', 'aria-label': 'Level' });
      for (const [k, t] of levels) level.append(new Option(t, k));
      const branch = el('select', { id: 'ws-branch', 'aria-label': 'Line' });
      for (const b of v.branches) branch.append(new Option(`Line ${b.index + 1}: ${b.label}`, String(b.index)));
      const client = el('input', { type: 'number', id: 'ws-client', min: '0', placeholder: 'client no.', 'aria-label': 'Client number' });
      const name = el('input', { id: 'ws-client-name', placeholder: 'name (optional)', maxlength: '40', 'aria-label': 'Name to use' });
      const polls = v.polls.map(p => el('li', { class: 'ws-poll-row', 'data-poll': p.id },
        el('span', { class: 'grow', text: p.question }), el('span', { class: 'muted', 'data-votes': p.id, text: `${p.voters} voted` }),
        button(`ws-open-${p.id}`, p.open ? 'Reopen' : 'Ask', () => void send('openPoll', { pollId: p.id })),
        button(`ws-reveal-${p.id}`, 'Reveal', () => void send('revealPoll', { pollId: p.id }))));
      controls.replaceChildren(
        el('article', { class: 'card' },
          el('h2', { text: 'Run' }),
          el('div', { class: 'row' },
            button('ws-start', 'Start', () => void send('start')), button('ws-pause', 'Pause', () => void send('pause')),
            button('ws-step', 'Step a week', () => void send('step')),
            el('label', { class: 'stack' }, el('span', { class: 'label', text: 'Week' }), week), button('ws-jump', 'Jump', () => void send('jump', { week: Number(week.value) })),
            el('label', { class: 'stack' }, el('span', { class: 'label', text: 'Weeks per second' }), speed), button('ws-set-speed', 'Set pace', () => void send('speed', { weeksPerSecond: Number(speed.value) }))),
          el('h2', { text: 'Level' }),
          el('div', { class: 'row' }, branch, level,
            button('ws-switch', 'Switch this line', () => void send('switch', { branch: Number(branch.value), level: level.value })),
            button('ws-fork', 'Fork a new line', () => void send('fork', { branch: Number(branch.value), level: level.value }))),
          el('p', { class: 'muted', text: 'Going back to an earlier week undoes the switches and forks made after it.' }),
          el('h2', { text: 'Show' }),
          el('div', { class: 'row' },
            button('ws-show-chart', 'Curves', () => void send('chart')),
            button('ws-show-cracks', 'Reveal the cracks', () => void send('cracks', { branch: Number(branch.value) })),
            button('ws-spotlight-suggested', 'Follow the workshop’s client', () => void send('spotlight')),
            client, name, button('ws-spotlight', 'Follow this client', () => client.value === '' ? notify('Type the number of the client to follow.', 'error')
              : void send('spotlight', { client: Number(client.value), name: name.value || undefined }))),
          polls.length ? el('h2', { text: 'Polls' }) : '', polls.length ? el('ul', { class: 'ws-poll-list' }, ...polls) : ''));
    }

    const load = (): Stored | null => { try { return JSON.parse(localStorage.getItem(storeKey) ?? 'null') as Stored | null; } catch { return null; } };
    (window as unknown as { __workshop: unknown }).__workshop = { stage, latencies: stage.latencies };
    if (load()) void reopen(); else chooseWorkshop().catch(e => notify(e instanceof ApiFailure ? e.error.message : String(e), 'error'));
    return () => void connection.stop();
  },
};

/** Just enough markdown for a facilitator script: headings, bullet lists, numbered steps and paragraphs. */
function markdown(text: string): HTMLElement {
  const box = el('div', { class: 'ws-markdown' });
  let list: HTMLElement | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      if (!list) { list = el(/^\s*\d/.test(line) ? 'ol' : 'ul'); box.append(list); }
      list.append(el('li', { text: item[1] }));
      continue;
    }
    list = null;
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) box.append(el(heading[1].length <= 2 ? 'h3' : 'h4', { text: heading[2] }));
    else if (line.trim()) box.append(el('p', { text: line }));
  }
  return box;
}
