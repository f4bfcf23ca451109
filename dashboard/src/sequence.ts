// Numbered frames (a live run's weeks, a workshop's revisions) applied on top of a snapshot (the run's history so
// far, the workshop's full view) that was asked for while frames kept coming. Frames that come before the
// snapshot are held and applied after it; a frame that skips a number shows that the snapshot on screen is stale,
// so a fresh one is asked for and the frames that come meanwhile wait for it.

export interface SequenceOptions<F> {
  /** The frame's number: a snapshot holding numbers up to n is followed by frame n + 1. */
  at: (f: F) => number;
  /** The last number the snapshot on screen holds, or null before the first snapshot. */
  held: () => number | null;
  /** Adds a frame to the snapshot on screen. */
  apply: (f: F) => void;
  /** Asks for a fresh snapshot; its arrival is reported with settle(), its failure with abandon(). */
  resync: () => void;
  /** How many frames are held at most (the oldest go first). */
  limit?: number;
}

export class FrameSequence<F> {
  private early: F[] = [];
  private resyncing = false;

  constructor(private readonly o: SequenceOptions<F>) {}

  /** A frame as it arrives. */
  offer(f: F): void {
    const held = this.o.held();
    const n = this.o.at(f);
    if (held !== null && n <= held) return; // already in the snapshot on screen
    if (held === null || this.resyncing || n > held + 1) {
      this.early.push(f);
      if (this.early.length > (this.o.limit ?? Number.POSITIVE_INFINITY)) this.early.shift();
      if (held !== null && !this.resyncing) {
        this.resyncing = true;
        this.o.resync();
      }
      return;
    }
    this.o.apply(f);
  }

  /** A new snapshot is on screen: the frames held for it (those keep accepts) that follow it are applied. */
  settle(keep: (f: F) => boolean = () => true): void {
    this.resyncing = false;
    const kept = this.early.filter(keep);
    this.early = [];
    kept.forEach(f => this.offer(f));
  }

  /** The fresh snapshot did not come: the next frame that skips a number asks again. */
  abandon(): void {
    this.resyncing = false;
  }
}
