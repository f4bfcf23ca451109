import './workshop.css';
import { el } from '../format';
import { WorkshopConnection } from './connection';
import { StageView } from './stage';
import type { ParticipantTicket, PollView } from './types';

// The participant's page behind the join link (/w/CODE): no account, read-only, large type, one vote per poll.
// The token from the first join is kept in localStorage, so a reload or a dropped connection keeps the seat.

const main = document.getElementById('main')!;
const codeFromPath = decodeURIComponent(location.pathname.replace(/^\/w\/?/, '').split('/')[0] ?? '').toUpperCase();
const tokenKey = (code: string) => `workshop-token:${code}`;
let ticket: ParticipantTicket | null = null;

const stageHost = el('div', { class: 'ws-stage participant' });
const stage = new StageView(stageHost, {
  vote: (poll: PollView, answer) => vote(poll, answer),
  resync: () => void join(ticket?.view.header.joinCode ?? codeFromPath).catch(() => undefined),
});
const connection = new WorkshopConnection({
  view: v => stage.show(v),
  frame: f => stage.frame(f),
  votes: (poll, n) => stage.votes(poll, n),
  presence: n => stage.presence(n),
}, () => join(ticket?.view.header.joinCode ?? codeFromPath));

// Exposed for diagnostics and the end-to-end tests: frame latencies, and the hub as this page reaches it.
(window as unknown as { __workshop: unknown }).__workshop = { stage, latencies: stage.latencies, invoke: (m: string, ...a: unknown[]) => connection.invoke(m, ...a) };

async function vote(poll: PollView, answer: { choice?: string; number?: number }): Promise<void> {
  if (!ticket) throw new Error('Join the session first.');
  await connection.invoke<number>('Vote', { sessionId: ticket.sessionId, token: ticket.token, pollId: poll.id, ...answer });
}

async function join(code: string): Promise<void> {
  const stored = localStorage.getItem(tokenKey(code)) ?? undefined;
  ticket = await connection.invoke<ParticipantTicket>('Join', { code, token: stored });
  localStorage.setItem(tokenKey(code), ticket.token);
  main.replaceChildren(stageHost);
  main.dataset.joined = 'true';
  stage.show(ticket.view);
}

function askForCode(message = ''): void {
  const input = el('input', { id: 'join-code', autocomplete: 'off', autocapitalize: 'characters', maxlength: '9', 'aria-label': 'Join code', value: codeFromPath });
  const go = el('button', { type: 'button', class: 'primary', id: 'join', text: 'Join' });
  const error = el('p', { class: 'ws-error', id: 'join-error', role: 'alert', text: message });
  const submit = () => join(input.value.trim().toUpperCase()).catch(e => { error.textContent = e instanceof Error ? e.message : String(e); });
  go.addEventListener('click', () => void submit());
  input.addEventListener('keydown', e => { if (e.key === 'Enter') void submit(); });
  main.replaceChildren(el('section', { class: 'ws-join' }, el('h1', { text: 'Join the workshop' }),
    el('p', { text: 'Type the code on the facilitator’s screen.' }), el('div', { class: 'row' }, input, go), error));
}

if (codeFromPath) join(codeFromPath).catch(e => askForCode(e instanceof Error ? e.message : String(e)));
else askForCode();
