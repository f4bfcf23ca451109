import type { Page } from '../main';
import { getJson, postJson } from '../api';
import { el } from '../format';

// About the model: does it reproduce what is known? The validation table (published figure, source, target and
// tolerance, model value with its 95% CI, pass or fail), the sources, and the assumptions and limits in plain words.
// The suite runs on the server in the background; this page polls its progress and never waits for it.

interface Row { key: string; fact: number; title: string; statement: string; source: string; target: string; model: string; result: string; status: string; note: string }
interface Status { running: boolean; quick: boolean | null; done: number; total: number; lastFact: string; error: string | null }
interface About { aboutHtml: string; sources: Array<{ fact: string; number: number; title: string; source: string }>; status: Status; validation: { summary: string; quick: boolean; rows: Row[] } | null }

export const aboutPage: Page = {
  id: 'about',
  title: 'About the model',
  render(main) {
    const table = el('section', { class: 'card', id: 'validation' });
    const progress = el('progress', { max: '1', value: '0', id: 'validation-progress' });
    const state = el('span', { class: 'muted', id: 'validation-state' });
    const quick = el('button', { type: 'button', class: 'primary', id: 'run-quick', text: 'Run the quick check' });
    const full = el('button', { type: 'button', id: 'run-full', text: 'Run the full suite' });
    const sources = el('section', { class: 'card', id: 'sources' });
    const about = el('section', { class: 'card prose', id: 'about-text' });
    main.append(el('section', { class: 'intro' }, el('h1', { text: 'About the model' }),
      el('p', { text: 'A simulation earns trust by reproducing what is already known. Each row below is a published figure, the model\'s value for the same quantity (mean of several runs, with its 95% confidence interval) and whether it falls within the tolerance. Below the table: the sources, and what the model assumes and cannot do.' })),
      el('section', { class: 'card' }, el('h2', { text: 'Check the model against published figures' }),
        el('p', { class: 'muted', text: 'The quick check uses small populations and a few runs per figure (about a minute); the full suite takes longer. Both run on the server in the background: you can leave this page and come back.' }),
        el('div', { class: 'row' }, quick, full, el('a', { class: 'link-button', href: '/api/about/validation.html', download: '', text: 'Download the validation report (HTML)' })),
        el('div', { class: 'progress', role: 'status', 'aria-live': 'polite' }, progress, state)),
      table, sources, about);

    let timer = 0;
    let alive = true;
    async function load(): Promise<void> {
      const a = await getJson<About>('/api/about');
      if (!alive) return;
      show(a.status);
      if (a.validation) drawTable(a.validation); else table.replaceChildren(el('h2', { text: 'Validation table' }), el('p', { class: 'muted', id: 'validation-empty', text: 'Not run yet on this server: run the quick check to see the table.' }));
      sources.replaceChildren(el('h2', { text: 'Sources' }), el('ul', {}, ...a.sources.map(s => el('li', {}, el('strong', { text: `${s.number > 0 ? s.number + '. ' : ''}${s.title}: ` }), s.source))));
      about.innerHTML = a.aboutHtml; // The server renders ABOUT.md's Markdown subset with every text HTML-encoded.
      if (a.status.running) poll();
    }
    function show(s: Status): void {
      progress.max = Math.max(1, s.total);
      progress.value = s.done;
      quick.disabled = full.disabled = s.running;
      state.textContent = s.running ? `Running ${s.quick ? 'the quick check' : 'the full suite'}: ${s.done} of ${s.total || '…'} runs${s.lastFact ? ` · ${s.lastFact}` : ''}` : s.error ? `Stopped: ${s.error}` : '';
      state.dataset.running = String(s.running);
    }
    function poll(): void {
      window.clearTimeout(timer);
      timer = window.setTimeout(async () => {
        const s = await getJson<Status>('/api/about/validation');
        if (!alive) return;
        show(s);
        if (s.running) poll(); else void load();
      }, 500);
    }
    function drawTable(v: NonNullable<About['validation']>): void {
      let fact = '';
      const body = el('tbody');
      for (const r of v.rows) {
        if (r.title !== fact) { fact = r.title; body.append(el('tr', { class: 'fact' }, el('td', { colspan: '6', text: `${r.fact > 0 ? r.fact + '. ' : ''}${r.title}` }))); }
        body.append(el('tr', { class: r.status, 'data-key': r.key, title: r.note },
          el('td', { text: r.statement }), el('td', { text: r.source }), el('td', { class: 'num', text: r.target }), el('td', { class: 'num', text: r.model }),
          el('td', { class: 'verdict', text: r.result })));
      }
      table.replaceChildren(el('h2', { text: 'Validation table' }), el('p', { id: 'validation-summary', text: v.summary }),
        el('div', { class: 'table-scroll' }, el('table', { class: 'data validation', id: 'validation-table' },
          el('thead', {}, el('tr', {}, ...['Published figure', 'Source', 'Target and tolerance', 'Model (95% CI)', 'Result'].map(h => el('th', { text: h })))), body)));
    }
    const start = (isQuick: boolean) => postJson<Status>(`/api/about/validation?quick=${isQuick}`, {}).then(s => { show(s); poll(); });
    quick.addEventListener('click', () => void start(true));
    full.addEventListener('click', () => void start(false));
    void load();
    return () => { alive = false; window.clearTimeout(timer); };
  },
};
