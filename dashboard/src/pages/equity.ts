import type { Page } from '../main';
import { ApiFailure, getJson } from '../api';
import { drawBars } from '../charts';
import { exportRow } from '../exports';
import { el, fmt } from '../format';
import { notify, state } from '../state';

// Equity: who gains and who is lost, by vulnerable group and by number of barriers at entry.

interface Row { group: string; title: string; kind: string; population: number; employmentRate: number; sustainedRate: number; longTermShare: number; cracksPer100: number; cracksPer100ByKind: Record<string, number> }
interface Equity { week: number; rows: Row[] }

const crackTitles: Record<string, string> = {
  referralNeverArrived: 'Referral never arrived', droppedOutWhileWaiting: 'Dropped out while waiting', disengagedAfterHandoff: 'Disengaged after a handoff',
  exitedWithNoAgency: 'Left with no agency holding the case', circularReferral: 'Circular referral', repeatedAssessment: 'Repeated assessment',
};

export const equityPage: Page = {
  id: 'equity',
  title: 'Equity',
  render(main) {
    main.append(el('section', { class: 'intro' },
      el('h1', { text: 'Equity: who benefits, who is lost' }),
      el('p', { text: 'Outcomes and cracks for groups that often fare worse: people with low qualifications, a disability, third-country nationals, minorities, and people with several barriers to work. Cracks are counted per 100 clients in each group so small groups can be compared with large ones.' })));
    const runId = state.runId;
    if (!runId) {
      main.append(el('section', { class: 'card empty' }, el('h2', { text: 'No run is open yet.' }), el('a', { class: 'button primary', href: '#/scenario', text: 'Set up a scenario' })));
      return;
    }
    const outcomes = el('div', { class: 'chart tall' });
    const cracks = el('div', { class: 'chart tall' });
    const table = el('table', { class: 'data', id: 'equity-table' });
    const note = el('p', { class: 'muted' });
    main.append(note,
      el('div', { class: 'grid' },
        el('article', { class: 'card chart-card' }, el('h2', { text: 'In sustained work, by group' }), el('p', { class: 'muted', text: 'Share of each group in a job that has lasted 26 weeks or more.' }), outcomes, exportRow(() => ({ source: 'run', id: runId, chart: 'equity' }))),
        el('article', { class: 'card chart-card' }, el('h2', { text: 'Cracks per 100 clients, by group' }), el('p', { class: 'muted', text: 'How often people in each group were lost between agencies, by what went wrong.' }), cracks, exportRow(() => ({ source: 'run', id: runId, chart: 'equityCracks' })))),
      el('article', { class: 'card' }, el('h2', { text: 'All figures' }), table));

    getJson<Equity>(`/api/runs/${runId}/equity`).then(e => {
      const rows = e.rows.filter(r => r.population > 0);
      note.textContent = `Figures at week ${e.week} of the open run.`;
      drawBars(outcomes, rows.map(r => r.title), [{ name: 'In sustained work', values: rows.map(r => r.sustainedRate) }, { name: 'In work', values: rows.map(r => r.employmentRate) }], 'share');
      drawBars(cracks, rows.map(r => r.title), Object.keys(crackTitles).map(k => ({ name: crackTitles[k], values: rows.map(r => r.cracksPer100ByKind[k] ?? 0), stack: 'cracks' })), 'per 100');
      table.replaceChildren(
        el('thead', {}, el('tr', {}, ...['Group', 'Jobseekers', 'In work', 'Sustained work', 'Long-term unemployed', 'Cracks per 100'].map(h => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, ...rows.map(r => el('tr', {}, el('th', { scope: 'row', text: r.title }), el('td', { text: fmt(r.population, 'people') }),
          el('td', { text: fmt(r.employmentRate, 'share') }), el('td', { text: fmt(r.sustainedRate, 'share') }), el('td', { text: fmt(r.longTermShare, 'share') }), el('td', { text: fmt(r.cracksPer100, '') })))));
      main.dataset.ready = 'true';
    }).catch(e => notify(e instanceof ApiFailure ? e.error.message : String(e), 'error'));
  },
};
