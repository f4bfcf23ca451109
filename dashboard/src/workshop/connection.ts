import { HubConnection, HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { HubFailure, parseError } from '../hub';
import type { Frame, View } from './types';

// The workshop's own SignalR connection (/hubs/workshop). After a reconnect the page re-joins (participant) or
// re-opens (facilitator) its session, so a dropped Wi-Fi or a reload costs nobody their place or their votes.

export interface Handlers {
  view(v: View): void;
  frame(f: Frame): void;
  votes(pollId: string, voters: number): void;
  presence(participants: number): void;
}

export class WorkshopConnection {
  private readonly connection: HubConnection;

  constructor(handlers: Handlers, private readonly rejoin: () => Promise<void>) {
    this.connection = new HubConnectionBuilder().withUrl('/hubs/workshop')
      .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 10000, 30000]).configureLogging(LogLevel.Warning).build();
    this.connection.on('view', handlers.view);
    this.connection.on('frame', handlers.frame);
    this.connection.on('votes', (m: { pollId: string; voters: number }) => handlers.votes(m.pollId, m.voters));
    this.connection.on('presence', (m: { participants: number }) => handlers.presence(m.participants));
    this.connection.onreconnected(() => void this.rejoin());
  }

  async invoke<T>(method: string, ...args: unknown[]): Promise<T> {
    if (this.connection.state === 'Disconnected') await this.connection.start();
    while (this.connection.state === 'Connecting' || this.connection.state === 'Reconnecting') await new Promise(r => setTimeout(r, 50));
    try {
      return await this.connection.invoke<T>(method, ...args);
    } catch (e) {
      throw new HubFailure(parseError(e));
    }
  }

  stop(): Promise<void> { return this.connection.stop(); }
}
