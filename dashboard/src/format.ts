// Number formatting by unit, so every chart, tile and table says "12.4%", "€1,240" or "1,203 clients" the same way.

const int = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const one = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export function fmt(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (unit.startsWith('share')) return `${one.format(value * 100)}%`;
  if (unit.startsWith('EUR')) return `€${compact(value)}`;
  return compact(value);
}

/** Axis ticks: shorter forms (€1.2m, 35%). */
export function tick(value: number, unit: string): string {
  if (unit.startsWith('share')) return Number.isInteger(Math.round(value * 1e6) / 1e4) ? `${int.format(value * 100)}%` : `${one.format(value * 100)}%`;
  if (unit.startsWith('EUR')) return `€${compact(value)}`;
  return compact(value);
}

function compact(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e9) return `${one.format(v / 1e9)}bn`;
  if (a >= 1e6) return `${one.format(v / 1e6)}m`;
  if (a >= 1e4) return `${int.format(v / 1e3)}k`;
  return a >= 100 || Number.isInteger(v) ? int.format(v) : one.format(v);
}

export const pct = (p: number | null) => (p === null || !Number.isFinite(p) ? '–' : `${int.format(p * 100)}%`);

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((s, part, i) => s + part + (i < values.length ? escape(String(values[i])) : ''), '');
}

export function escape(s: string): string {
  return s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
}
