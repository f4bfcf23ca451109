// The workshop hub's messages, as the server's records serialise them (camelCase).
import type { SankeyLink, SankeyNode } from '../charts';

export type Stage = 'chart' | 'spotlight' | 'poll' | 'result' | 'cracks';

export interface Header {
  sessionId: string; title: string; joinCode: string; codeExpiresUtc: string; week: number; weeks: number;
  running: boolean; weeksPerSecond: number; stage: Stage; participants: number; revision: number;
}
export interface Series { key: string; label: string; unit: string }
export interface Branch { index: number; label: string; level: string | null; history: number[][] }
export interface TimelineEntry { week: number; kind: string; text: string; tone: string; crack: string | null }
export interface ClientTimeline { id: number; level: string; profile: string; flags: string[]; barriersAtEntry: number; status: string; entryWeek: number; events: TimelineEntry[] }
export interface Spotlight { client: number; name: string; lines: ClientTimeline[] }
export interface PollView { id: string; question: string; kind: 'level' | 'number'; unit: string; min: number; max: number; options: Array<{ key: string; label: string }>; open: boolean; voters: number }
export interface PollBar { key: string; label: string; count: number; isAnswer: boolean }
export interface PollAnswer { value: number | string; level: string | null; levels: Array<{ level: string; title: string; value: number | string }>; text: string }
export interface PollResult { pollId: string; question: string; unit: string; voters: number; bars: PollBar[]; roomMedian: number | null; answer: PollAnswer }
export interface Cracks { branch: number; label: string; flows: { nodes: SankeyNode[]; links: SankeyLink[]; clients: number } }
export interface View {
  header: Header; series: Series[]; branches: Branch[]; polls: PollView[];
  spotlight: Spotlight | null; poll: PollView | null; result: PollResult | null; cracks: Cracks | null;
}
export interface Frame { header: Header; values: number[][]; spotlight: Spotlight | null; cracks: Cracks | null; engineTime: number }
export interface FacilitatorTicket { sessionId: string; key: string; joinUrl: string; qrSvg: string; view: View }
export interface ParticipantTicket { sessionId: string; token: string; view: View }
