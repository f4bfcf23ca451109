import { HubConnection, HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import type { ApiError } from './api';

// One SignalR connection for the whole page. Handlers registered by pages survive reconnects; after a
// reconnect every watched run and experiment is watched again, and control is reclaimed with the stored key.

let connection: HubConnection | null = null;
const reconnectHooks: Array<() => void> = [];

export function hub(): HubConnection {
  if (connection) return connection;
  connection = new HubConnectionBuilder().withUrl('/hubs/live').withAutomaticReconnect().configureLogging(LogLevel.Warning).build();
  connection.onreconnected(() => reconnectHooks.forEach(h => h()));
  return connection;
}

export async function ready(): Promise<HubConnection> {
  const c = hub();
  if (c.state === 'Disconnected') await c.start();
  while (c.state === 'Connecting' || c.state === 'Reconnecting') await new Promise(r => setTimeout(r, 50));
  return c;
}

export const onReconnected = (hook: () => void) => reconnectHooks.push(hook);

/** Invokes a hub method; a server-side rejection comes back as the ApiError it carried. */
export async function invoke<T>(method: string, ...args: unknown[]): Promise<T> {
  const c = await ready();
  try {
    return await c.invoke<T>(method, ...args);
  } catch (e) {
    throw new HubFailure(parseError(e));
  }
}

export class HubFailure extends Error {
  constructor(public readonly error: ApiError) { super(error.message); }
}

export function parseError(e: unknown): ApiError {
  const text = e instanceof Error ? e.message : String(e);
  const start = text.indexOf('{');
  if (start >= 0) {
    try { return JSON.parse(text.slice(start)) as ApiError; } catch { /* fall through */ }
  }
  return { code: 'error', field: '', value: '', allowed: '', message: text };
}
