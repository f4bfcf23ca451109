// Thin fetch helpers: every failure becomes an ApiError with the field, value and allowed range the server named.

export interface ApiError { code: string; field: string; value: string; allowed: string; message: string }

export class ApiFailure extends Error {
  constructor(public readonly error: ApiError) { super(error.message); }
}

async function handle<T>(response: Response): Promise<T> {
  if (response.ok) return (await response.json()) as T;
  let error: ApiError;
  try { error = await response.json(); } catch { error = { code: 'http', field: '', value: String(response.status), allowed: '', message: response.statusText || 'request failed' }; }
  throw new ApiFailure(error);
}

export const getJson = <T>(url: string) => fetch(url).then(r => handle<T>(r));

export const postJson = <T>(url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(r => handle<T>(r));

/** Downloads a POST response (a scenario file) under the name the server gives. */
export async function postDownload(url: string, body: unknown, fallbackName: string): Promise<void> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!r.ok) await handle(r);
  const name = /filename="?([^";]+)"?/.exec(r.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  saveBlob(await r.blob(), name);
}

export function saveBlob(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 5000);
}

/** Numbers arrive as numbers, or as "NaN" where the model has no value yet. */
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
