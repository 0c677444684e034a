import type { RunRecord } from './events.js';
import { seconds } from './live-view.js';

/** The final summary: every job with its result and time, what failed and why, where the logs are. */
export function runSummary(run: RunRecord): string {
  const lines = [
    `\n${run.workflow}: ${run.conclusion} in ${seconds(run.durationMs)} (run ${run.id})`,
  ];
  for (const error of run.errors) lines.push(`  error: ${error}`);
  for (const job of run.jobs) {
    lines.push(
      `  ${job.result.padEnd(9)} ${job.name}${job.durationMs ? ` (${seconds(job.durationMs)})` : ''}`,
    );
    for (const note of job.annotations) lines.push(`            ${note.level}: ${note.message}`);
    for (const step of job.steps.filter((s) => s.outcome === 'failure' || s.standIn)) {
      const label =
        step.outcome === 'failure'
          ? `${step.outcome}: ${step.name}`
          : `stand-in: ${step.name} (${step.standIn})`;
      lines.push(`            ${label}`);
      for (const note of step.annotations)
        lines.push(`              ${note.level}: ${note.message}`);
      if (step.outcome === 'failure' && step.logFile)
        lines.push(`              log: ${step.logFile}`);
    }
  }
  lines.push(`  logs: ${run.logDir}`);
  return `${lines.join('\n')}\n`;
}
