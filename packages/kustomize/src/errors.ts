/** A problem with a kustomization the user can fix; `hint` says how. */
export class KustomizeError extends Error {
  readonly hint?: string;

  constructor(message: string, hint?: string) {
    super(message);
    this.name = new.target.name;
    if (hint !== undefined) this.hint = hint;
  }
}

/** The requested edit cannot be made without touching bytes other than the targeted values. */
export class SurgicalEditError extends KustomizeError {}
