import './styles.css';
import { getJson } from './api';
import { scenarioPage } from './pages/scenario';
import { livePage } from './pages/live';
import { comparePage } from './pages/compare';
import { journeysPage } from './pages/journeys';
import { equityPage } from './pages/equity';
import { experimentsPage } from './pages/experiments';
import { aboutPage } from './pages/about';

// A small hash router: each page renders into <main> and returns a clean-up for when the user leaves it.

export interface Page { id: string; title: string; render(main: HTMLElement, arg?: string): (() => void) | void }

const pages: Page[] = [scenarioPage, livePage, comparePage, journeysPage, equityPage, experimentsPage, aboutPage];
let leave: (() => void) | void;

function route(): void {
  const [id, arg] = location.hash.replace(/^#\/?/, '').split('/');
  const page = pages.find(p => p.id === id) ?? pages[0];
  if (leave) leave();
  document.querySelectorAll<HTMLAnchorElement>('#nav a').forEach(a => a.setAttribute('aria-current', a.dataset.page === page.id ? 'page' : 'false'));
  const main = document.getElementById('main')!;
  main.replaceChildren();
  main.dataset.page = page.id;
  document.title = `${page.title} · Employment services integration sandbox`;
  leave = page.render(main, arg);
}

const nav = document.getElementById('nav')!;
for (const p of pages) {
  const a = document.createElement('a');
  a.href = `#/${p.id}`;
  a.textContent = p.title;
  a.dataset.page = p.id;
  nav.append(a);
}
window.addEventListener('hashchange', route);
route();
getJson<{ version: string }>('/api/version').then(v => { document.getElementById('version')!.textContent = `Version ${v.version}`; }).catch(() => undefined);
