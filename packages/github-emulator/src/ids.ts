/** GitHub's legacy global node id: base64 of `<len>:<Kind><id>` (e.g. `MDQ6VXNlcjE=` for User 1). */
export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${String(kind.length).padStart(2, '0')}:${kind}${id}`).toString('base64');
}

/** ISO timestamp without milliseconds, as GitHub writes them: `2026-11-26T07:00:00Z`. */
export function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
