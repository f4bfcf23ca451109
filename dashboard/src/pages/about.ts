import type { Page } from '../main';
import { ApiFailure, getJson, postJson } from '../api';
import { el } from '../format';
import { notify } from '../state';

// About the model: does it reproduce what is known (the validation table, run on this server), and what it
// assumes and leaves out, in plain language. The quick suite starts on the first visit and takes seconds;
// the full suite runs on request. The page polls while a run is going: no hub needed for a few updates.

interface Check { id: string; statement: string; target: string; model: string; status: string; verdict: string; note: string; knownLimit: string }
interface Fact { id: string; number: number; title: string; source: string; notes: string; checks: Check[] }
interface Report { summary: string; quick: boolean; passed: number; failed: number; knownLimits: number; facts: Fact[] }
interface State { running: string | null; done: number; total: number; error: string | null; reportMode: string | null; report: Report | null }

export const aboutPage: Page = {
  id: 'about',
  title: 'About the model',
  render(main) {
    const summary = el('p', { class: 'summary', id: 'validation-summary' });
    const bar = el('progress', { max: '1', value: '0' });
    const status = el('span', { class: 'muted', id: 'validation-status' });
    const quick = el('button', { class: 'button', type: 'button', text: 'Run the quick check' });
    const full = el('button', { class: 'button primary', type: 'button', text: 'Run the full check' });
    const download = el('a', { class: 'button', href: '/api/about/validation.html', download: 'validation.html', text: 'Download the report (HTML)' });
    const table = el('table', { class: 'data', id: 'validation-table' });
    const about = el('section', { class: 'card prose', id: 'about-text' });
    main.append(
      el('section', { class: 'intro' },
        el('h1', { text: 'About the model' }),
        el('p', { text: 'A simulation is only useful if it reproduces what is already known. Below, each published figure the model is checked against: the source, the target with its tolerance, what the model gives (mean and 95% confidence interval over replications) and whether it falls within the tolerance. Where it does not, the reason is stated. Then the model’s assumptions and known limits.' })),
      el('article', { class: 'card' },
        el('h2', { text: 'Does the model reproduce what is known?' }), summary,
        el('div', { class: 'progress', role: 'status', 'aria-live': 'polite' }, bar, status),
        el('div', { class: 'actions' }, quick, full, download),
        table),
      about);

    let timer: number | undefined;
    let shownReport: Report | null = null;
    const show = (s: State) => {
      bar.max = Math.max(1, s.total);
      bar.value = s.done;
      status.textContent = s.running ? `Running the ${s.running} check: ${s.done} of ${s.total || '…'} simulation runs`
        : s.error ? `The last check failed: ${s.error}` : s.reportMode ? `Showing the ${s.reportMode} check.` : '';
      quick.disabled = full.disabled = s.running !== null;
      download.hidden = s.report === null;
      if (s.report && s.report !== shownReport) renderReport(s.report);
      shownReport = s.report;
      main.dataset.running = s.running ?? '';
      if (s.report && !s.running) main.dataset.ready = 'true';
      if (s.running) timer = window.setTimeout(poll, 700);
    };
    const poll = () => getJson<State>('/api/about/validation').then(show).catch(fail);
    const start = (mode: string) => postJson<State>(`/api/about/validation?mode=${mode}`, {}).then(s => { window.clearTimeout(timer); show(s); }).catch(fail);
    quick.addEventListener('click', () => start('quick'));
    full.addEventListener('click', () => start('full'));

    function renderReport(r: Report) {
      summary.textContent = r.summary;
      table.replaceChildren(
        el('thead', {}, el('tr', {}, ...['Published figure', 'Source', 'Target', 'Model (95% CI)', 'Result'].map(h => el('th', { scope: 'col', text: h })))),
        ...r.facts.map(f => el('tbody', {},
          el('tr', { class: 'fact' }, el('th', { scope: 'rowgroup', colspan: '5', text: `${f.number > 0 ? `${f.number}. ` : ''}${f.title}` })),
          ...f.checks.map(c => el('tr', { class: `check ${c.status}`, 'data-check': `${f.id}/${c.id}` },
            el('td', {}, c.statement, ...(c.knownLimit || c.note ? [el('div', { class: 'muted small', text: c.knownLimit ? `Known limit: ${c.knownLimit}` : c.note })] : [])),
            el('td', { class: 'small', text: f.source }),
            el('td', { class: 'num', text: c.target }),
            el('td', { class: 'num', text: c.model }),
            el('td', {}, el('span', { class: `badge ${c.status}`, text: c.verdict })))))));
    }

    getJson<{ html: string }>('/api/about').then(a => { about.innerHTML = a.html; }).catch(fail);
    poll();
    return () => window.clearTimeout(timer);

    function fail(e: unknown) { notify(e instanceof ApiFailure ? e.error.message : String(e), 'error'); }
  },
};
