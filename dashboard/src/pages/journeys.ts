import type { Page } from '../main';
import { ApiFailure, getJson } from '../api';
import { drawSankey, type SankeyLink, type SankeyNode } from '../charts';
import { exportRow } from '../exports';
import { el, fmt } from '../format';
import { notify, state } from '../state';

// Journeys and cracks: where clients flow between agencies and where they are lost; one client's timeline,
// and the same person under another level ("client twin"), side by side.

interface Flows { nodes: SankeyNode[]; links: SankeyLink[]; clients: number }
interface Entry { week: number; kind: string; text: string; tone: string; crack: string | null }
interface Timeline { id: number; level: string; profile: string; flags: string[]; barriersAtEntry: number; status: string; entryWeek: number; events: Entry[] }

export const journeysPage: Page = {
  id: 'journeys',
  title: 'Journeys',
  render(main) {
    main.append(el('section', { class: 'intro' },
      el('h1', { text: 'Client journeys and cracks' }),
      el('p', { text: 'Where clients go after they register: which partner agency they are referred to first, and where they are now. Red boxes are people still out of work after the system lost them somewhere: a referral that never arrived, a waiting list they gave up on, a handoff nobody picked up. Click a flow to list its clients, then open one to read their story, and see how the same person would have fared under another level.' })));
    const runId = state.runId;
    if (!runId) {
      main.append(el('section', { class: 'card empty' }, el('h2', { text: 'No run is open yet.' }),
        el('p', { text: 'Journeys come from a live run. Start one, let it run for a while, then come back here.' }), el('a', { class: 'button primary', href: '#/scenario', text: 'Set up a scenario' })));
      return;
    }
    const sankeyHost = el('div', { class: 'chart sankey', id: 'sankey' });
    const summary = el('p', { class: 'muted' });
    const refresh = el('button', { type: 'button', text: 'Refresh to the latest week' });
    const chips = el('div', { class: 'chips', id: 'flow-clients' });
    const pick = el('input', { type: 'number', id: 'client-id', min: '0', value: '0', 'aria-label': 'Client number' });
    const open = el('button', { type: 'button', class: 'primary', id: 'open-client', text: 'Open client' });
    const twinLevel = el('select', { id: 'twin-level', 'aria-label': 'Level for the twin' });
    for (const [k, t] of [['full-integration', 'Full integration'], ['joint-planning', 'Joint planning'], ['mainstreamed', 'Mainstreamed interventions'], ['co-location', 'Co-location with basic referral']])
      twinLevel.append(new Option(t, k));
    const twinButton = el('button', { type: 'button', id: 'open-twin', text: 'Show the twin' });
    const left = el('div', { class: 'timeline', id: 'timeline' });
    const right = el('div', { class: 'timeline', id: 'twin' });

    main.append(
      el('article', { class: 'card' }, el('h2', { text: 'Client flows' }), summary, sankeyHost,
        el('div', { class: 'row' }, refresh, exportRow(() => ({ source: 'run', id: runId, chart: 'flows' }), { charts: false }))),
      el('article', { class: 'card' }, el('h2', { text: 'Clients in the selected flow' }), chips,
        el('div', { class: 'row' }, el('label', { class: 'stack' }, el('span', { class: 'label', text: 'Client number' }), pick), open,
          el('label', { class: 'stack' }, el('span', { class: 'label', text: 'Same person under' }), twinLevel), twinButton)),
      el('div', { class: 'grid two' }, el('article', { class: 'card' }, left), el('article', { class: 'card' }, right)));

    async function loadFlows(): Promise<void> {
      const flows = await getJson<Flows>(`/api/runs/${runId}/flows`);
      summary.textContent = `${fmt(flows.clients, 'people')} clients so far. Box height is the number of clients.`;
      const list = (link: SankeyLink) => chips.replaceChildren(
        el('p', { class: 'muted', text: `${link.source} → ${link.target}: ${fmt(link.value, 'clients')} clients. Open one:` }),
        ...link.clients.map(id => { const b = el('button', { type: 'button', class: 'chip', text: `#${id}` }); b.addEventListener('click', () => { pick.value = String(id); void showClient(); }); return b; }));
      drawSankey(sankeyHost, flows.nodes, flows.links, list);
      // Until a flow is clicked, show the people in the largest flow into a "lost" box: the cracks are the point of this page.
      const lost = flows.links.filter(l => l.target.startsWith('Lost')).sort((a, b) => b.value - a.value)[0];
      if (lost && !chips.hasChildNodes()) list(lost);
      sankeyHost.dataset.ready = 'true';
    }

    async function showClient(): Promise<void> {
      try {
        const t = await getJson<Timeline>(`/api/runs/${runId}/clients/${Number(pick.value)}`);
        drawTimeline(left, t, 'This run');
        right.replaceChildren(el('p', { class: 'muted', text: 'Choose a level and press “Show the twin” to see the same person there.' }));
      } catch (e) { notify(e instanceof ApiFailure ? e.error.message : String(e), 'error'); }
    }

    async function showTwin(): Promise<void> {
      try {
        right.replaceChildren(el('p', { class: 'muted', text: 'Replaying the same person under that level…' }));
        const t = await getJson<Timeline>(`/api/runs/${runId}/clients/${Number(pick.value)}/twin?level=${twinLevel.value}`);
        drawTimeline(right, t, 'Client twin');
      } catch (e) { notify(e instanceof ApiFailure ? e.error.message : String(e), 'error'); }
    }

    refresh.addEventListener('click', () => void loadFlows());
    open.addEventListener('click', () => void showClient());
    twinButton.addEventListener('click', () => void showTwin());
    loadFlows().catch(e => notify(e instanceof ApiFailure ? e.error.message : String(e), 'error'));
  },
};

function drawTimeline(host: HTMLElement, t: Timeline, heading: string): void {
  host.replaceChildren(
    el('h2', { text: `${heading}: client #${t.id}` }),
    el('p', {}, el('strong', { text: t.level }), ` · ${t.profile}`),
    el('p', { class: 'muted', text: `${t.barriersAtEntry} barrier${t.barriersAtEntry === 1 ? '' : 's'} at entry${t.flags.length ? ` · ${t.flags.join(', ')}` : ''} · now: ${t.status}` }),
    el('ol', { class: 'events' }, ...t.events.map(e => el('li', { class: e.tone },
      el('span', { class: 'week', text: `Week ${e.week}` }), el('span', { text: e.text }), e.crack ? el('span', { class: 'tag', text: 'crack' }) : ''))));
  host.dataset.client = String(t.id);
}
