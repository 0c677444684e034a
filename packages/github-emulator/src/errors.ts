export const DOCUMENTATION_URL = 'https://docs.github.com/rest';

export interface HttpErrorOptions {
  errors?: unknown[];
  headers?: Record<string, string>;
  documentationUrl?: string;
}

/** An error answered as GitHub does: `{ message, documentation_url, status, errors? }`. */
export class HttpError extends Error {
  readonly status: number;
  readonly errors: unknown[] | undefined;
  readonly headers: Record<string, string>;
  readonly documentationUrl: string;

  constructor(status: number, message: string, options: HttpErrorOptions = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
    this.documentationUrl = options.documentationUrl ?? DOCUMENTATION_URL;
  }

  get options(): HttpErrorOptions {
    return { errors: this.errors, headers: this.headers, documentationUrl: this.documentationUrl };
  }

  body(): Record<string, unknown> {
    const body: Record<string, unknown> = {
      message: this.message,
      documentation_url: this.documentationUrl,
      status: String(this.status),
    };
    if (this.errors) body.errors = this.errors;
    return body;
  }
}

export function notFound(message = 'Not Found'): HttpError {
  return new HttpError(404, message);
}

/** 422 `Validation Failed` with one GitHub-style error entry (codes: missing_field, invalid, already_exists, custom). */
export function validationFailed(
  resource: string,
  field: string,
  code: string,
  message?: string,
): HttpError {
  const error: Record<string, unknown> = { resource, field, code };
  if (message !== undefined) error.message = message;
  return new HttpError(422, 'Validation Failed', { errors: [error] });
}

/** 422 for each required field missing from a JSON object body, as GitHub reports them. */
export function requireFields(body: unknown, resource: string, fields: readonly string[]): void {
  const record = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : {};
  const missing = fields.filter(
    (field) => (record as Record<string, unknown>)[field] === undefined,
  );
  if (missing.length === 0) return;
  const errors = missing.map((field) => ({ resource, field, code: 'missing_field' }));
  throw new HttpError(422, 'Validation Failed', { errors });
}
