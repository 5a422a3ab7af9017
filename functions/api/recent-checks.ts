// The sync route's memory of checks: the same plan asked while it is being
// checked waits for that check instead of running its own, and a plan checked
// recently is answered from memory once one HEAD confirms its JSON report is
// still stored (S3 stays the truth: a deleted report or an outage is noticed).
import { checkerBuild } from '../core/check/checker-build.ts';
import { reportKey } from '../store/layout.ts';
import type { ReportStore } from '../store/report-store.ts';
import type { CheckOutcome } from '../service/check-and-store.ts';

export interface Answer {
  outcome: CheckOutcome;
  /** Location of the stored upload. */
  upload: string;
  sha256: string;
  profile: string;
  lang: 'zh' | 'en';
}

/** ~230 answers for a 30-page plan (140 KB of JSON each). */
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export class RecentChecks {
  private inFlight = new Map<string, Promise<Answer>>();
  // Map order is insertion order: re-inserted on use, so the first key is the least recent.
  private done = new Map<string, Answer>();
  private bytes = 0;

  constructor(
    private readonly store: ReportStore,
    private readonly maxBytes = DEFAULT_MAX_BYTES,
  ) {}

  async answer(id: string, make: () => Promise<Answer>): Promise<Answer> {
    const key = `${id}@${checkerBuild()}`;
    const hit = this.done.get(key);
    if (hit) {
      const head = await this.store.objects.head(reportKey(hit.sha256, hit.profile, hit.lang, 'json'));
      if (head) {
        this.done.delete(key);
        this.done.set(key, hit);
        return { ...hit, outcome: { ...hit.outcome, reused: true } };
      }
      this.forget(key);
    }
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = make()
        .then((a) => (this.remember(key, a), a))
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  private remember(key: string, a: Answer): void {
    this.forget(key);
    const size = a.outcome.resultJson.length;
    if (size > this.maxBytes / 8) return; // one huge report must not flush the rest
    this.done.set(key, a);
    this.bytes += size;
    for (const [k] of this.done) {
      if (this.bytes <= this.maxBytes) break;
      this.forget(k);
    }
  }

  private forget(key: string): void {
    const a = this.done.get(key);
    if (!a) return;
    this.done.delete(key);
    this.bytes -= a.outcome.resultJson.length;
  }
}
