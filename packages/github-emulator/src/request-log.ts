export interface LoggedRequest {
  seq: number;
  /** On the emulator clock. */
  time: string;
  method: string;
  path: string;
  query: string;
  status: number;
  /** Whether it counted against the primary rate limit (304s and /rate_limit do not). */
  counted: boolean;
  login: string | null;
  operationId: string;
}

export interface OperationCounters {
  requests: number;
  counted: number;
  notModified: number;
}

export interface Counters extends OperationCounters {
  /** 403/429 answers caused by (simulated) primary or secondary limits. */
  rateLimited: number;
  byOperation: Record<string, OperationCounters>;
  byStatus: Record<string, number>;
}

const LOG_LIMIT = 10_000;

/** Every API request (control requests excluded), and running totals. */
export class RequestLog {
  private log: LoggedRequest[] = [];
  private totals: Counters = emptyCounters();
  private seq = 0;

  record(entry: Omit<LoggedRequest, 'seq'>, rateLimited: boolean): void {
    this.log.push({ seq: ++this.seq, ...entry });
    if (this.log.length > LOG_LIMIT) this.log.shift();
    const key = entry.operationId || '(unknown)';
    const op = (this.totals.byOperation[key] ??= { requests: 0, counted: 0, notModified: 0 });
    for (const bucket of [this.totals, op]) {
      bucket.requests += 1;
      if (entry.counted) bucket.counted += 1;
      if (entry.status === 304) bucket.notModified += 1;
    }
    if (rateLimited) this.totals.rateLimited += 1;
    const status = String(entry.status);
    this.totals.byStatus[status] = (this.totals.byStatus[status] ?? 0) + 1;
  }

  entries(): LoggedRequest[] {
    return [...this.log];
  }

  counters(): Counters {
    return structuredClone(this.totals);
  }

  reset(): void {
    this.log = [];
    this.totals = emptyCounters();
  }
}

function emptyCounters(): Counters {
  return { requests: 0, counted: 0, notModified: 0, rateLimited: 0, byOperation: {}, byStatus: {} };
}
