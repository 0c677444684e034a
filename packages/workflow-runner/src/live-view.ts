import type { JobRecord, RunEvent } from './events.js';

/**
 * The run as it goes: one line per job (state, current step, time). On a terminal the block is
 * redrawn in place; elsewhere each change is one line.
 */

interface JobLine {
  name: string;
  state: 'queued' | 'pending' | 'running' | 'done';
  detail: string;
  started: number;
  result?: JobRecord['result'];
  durationMs?: number;
}

const ICONS: Record<string, string> = { success: '✓', failure: '✗', cancelled: '⊘', skipped: '–' };

export function seconds(ms: number): string {
  return ms < 60_000
    ? `${(ms / 1000).toFixed(1)}s`
    : `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
}

export class LiveView {
  private readonly jobs = new Map<string, JobLine>();
  private drawn = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly write: (text: string) => void,
    private readonly live: boolean,
  ) {}

  readonly observer = (event: RunEvent): void => {
    const line = this.update(event);
    if (!line) return;
    if (this.live) this.schedule();
    else this.write(`${line}\n`);
  };

  private job(name: string): JobLine {
    let job = this.jobs.get(name);
    if (!job) {
      job = { name, state: 'queued', detail: '', started: Date.now() };
      this.jobs.set(name, job);
    }
    return job;
  }

  /** Applies the event; returns the one-line form of the change, if it is one. */
  private update(event: RunEvent): string | undefined {
    switch (event.type) {
      case 'run-started':
        return `▶ ${event.workflow} (${event.event}), run ${event.runId}`;
      case 'job-pending':
        Object.assign(this.job(event.job), { state: 'pending', detail: event.reason });
        return `  ${event.job}: ${event.reason}`;
      case 'review-requested':
        Object.assign(this.job(event.job), {
          state: 'pending',
          detail: `waiting for a review of ${event.environment} (run ${event.runId})`,
        });
        return `  ${event.job}: waiting for a review of ${event.environment}`;
      case 'job-started':
        Object.assign(this.job(event.job), { state: 'running', detail: '', started: Date.now() });
        return `  ${event.job}: started`;
      case 'step-started':
        this.job(event.job).detail = `${event.step} (step ${event.index + 1})`;
        return `  ${event.job}: ▶ ${event.step}`;
      case 'step-finished':
        if (event.step.conclusion === 'skipped') return undefined;
        return `  ${event.job}: ${ICONS[event.step.conclusion] ?? '?'} ${event.step.name} (${seconds(event.step.durationMs)})`;
      case 'job-finished':
        Object.assign(this.job(event.job.name), {
          state: 'done',
          result: event.job.result,
          durationMs: event.job.durationMs,
          detail: '',
        });
        return `${ICONS[event.job.result] ?? '?'} ${event.job.name}: ${event.job.result} (${seconds(event.job.durationMs)})`;
      case 'run-finished':
        this.flush();
        return undefined;
      default:
        return undefined;
    }
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.draw();
    }, 100);
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.live) this.draw();
  }

  private draw(): void {
    const lines = [...this.jobs.values()].map((job) => {
      const icon =
        job.state === 'done'
          ? (ICONS[job.result ?? ''] ?? '?')
          : job.state === 'running'
            ? '●'
            : '○';
      const time =
        job.state === 'done'
          ? seconds(job.durationMs ?? 0)
          : job.state === 'running'
            ? seconds(Date.now() - job.started)
            : '';
      return `${icon} ${job.name.padEnd(40)} ${time.padStart(7)}  ${job.detail}`.trimEnd();
    });
    const up = this.drawn > 0 ? `\x1b[${this.drawn}A` : '';
    this.write(`${up}${lines.map((l) => `\x1b[2K${l}`).join('\n')}\n`);
    this.drawn = lines.length;
  }
}
