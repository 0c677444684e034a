/** Replaces secrets and `::add-mask::` values with *** in everything the runner prints. */
export class Masker {
  private readonly values = new Set<string>();

  add(value: string | undefined): void {
    if (!value) return;
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= 2) this.values.add(line);
  }

  mask(text: string): string {
    let result = text;
    const longestFirst = [...this.values].sort((a, b) => b.length - a.length);
    for (const value of longestFirst) result = result.split(value).join('***');
    return result;
  }
}
