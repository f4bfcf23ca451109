import { el } from './format';
import { hub, invoke, onReconnected } from './hub';

// Experiment progress, shared by the compare and experiments pages: a bar that follows "experiment" pushes.

export interface ExperimentInfo { id: string; kind: string; name: string; status: string; finished: number; total: number; variants: string[]; replications: number; baseSeed: number; engine: string; seconds: number; error?: string }

export function progressBar(): { element: HTMLElement; show(info: ExperimentInfo): void } {
  const bar = el('progress', { max: '1', value: '0' });
  const text = el('span', { class: 'muted' });
  const element = el('div', { class: 'progress', role: 'status', 'aria-live': 'polite' }, bar, text);
  return {
    element,
    show(info) {
      bar.max = info.total;
      bar.value = info.finished;
      const what = info.status === 'running' ? 'running' : info.status;
      text.textContent = `${info.finished} of ${info.total} runs · ${what} · ${info.seconds.toFixed(1)} s · ${info.engine}${info.error ? ` · ${info.error}` : ''}`;
      element.dataset.status = info.status;
    },
  };
}

/** Experiments being followed; after a reconnect the server has forgotten our groups, so we join them again. */
const followed = new Set<string>();
onReconnected(() => followed.forEach(id => { invoke('WatchExperiment', id).catch(() => undefined); }));

/** Follows one experiment until it is over; resolves with its final state. */
export function follow(id: string, onProgress: (info: ExperimentInfo) => void): Promise<ExperimentInfo> {
  return new Promise((resolve, reject) => {
    const c = hub();
    followed.add(id);
    const handler = (info: ExperimentInfo) => {
      if (info.id !== id) return;
      onProgress(info);
      if (info.status !== 'running') { c.off('experiment', handler); followed.delete(id); resolve(info); }
    };
    c.on('experiment', handler);
    invoke<ExperimentInfo>('WatchExperiment', id).then(handler).catch(e => { c.off('experiment', handler); reject(e); });
  });
}
