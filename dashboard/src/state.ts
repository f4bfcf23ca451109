// What the pages share, kept in sessionStorage so a reload keeps the scenario being edited, the run being
// watched and the control keys of runs this browser session started.

export interface ScenarioRequest { base?: string; json?: string; level?: string; overrides?: Record<string, number | string> }

const load = <T>(key: string, fallback: T): T => {
  try { const v = sessionStorage.getItem(key); return v ? (JSON.parse(v) as T) : fallback; } catch { return fallback; }
};
const save = (key: string, value: unknown) => sessionStorage.setItem(key, JSON.stringify(value));

export const state = {
  get scenario(): ScenarioRequest { return load('scenario', { base: 'baseline', overrides: {} }); },
  set scenario(v: ScenarioRequest) { save('scenario', v); },
  get runId(): string | null { return load<string | null>('runId', null); },
  set runId(v: string | null) { save('runId', v); },
  get compareId(): string | null { return load<string | null>('compareId', null); },
  set compareId(v: string | null) { save('compareId', v); },
  controlKey(runId: string): string | undefined { return load<Record<string, string>>('controlKeys', {})[runId]; },
  setControlKey(runId: string, key: string) { save('controlKeys', { ...load<Record<string, string>>('controlKeys', {}), [runId]: key }); },
};

/** Tells the whole page about a problem in plain words; the banner clears itself. */
export function notify(message: string, kind: 'error' | 'info' = 'info'): void {
  const banner = document.getElementById('banner')!;
  banner.className = kind;
  banner.textContent = message;
  clearTimeout((notify as unknown as { t?: number }).t);
  (notify as unknown as { t?: number }).t = window.setTimeout(() => { banner.className = ''; banner.textContent = ''; }, kind === 'error' ? 9000 : 4000);
}
