import { isScalar, parseDocument } from 'yaml';

export type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';

// kustomize reads kustomizations with go-yaml v2 (YAML 1.1): these plain words are booleans or null.
const KEYWORDS = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', 'null', '~']);
// Deliberately broader than either spec: go's strconv accepts underscores and base prefixes.
const DECIMAL = /^[-+]?(\.[0-9_]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9_]+)?$/;
const PREFIXED_INT = /^[-+]?0[xob][0-9a-f_]+$/i;
const SPECIAL_FLOAT = /^[-+]?\.(inf|nan)$/i;
const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/;
const TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/;
const FLOW_INDICATOR = /[,[\]{}]/;
const EDGE_SPACE = /^\s|\s$/;
// Controls (tab and newline too), lone surrogates, separators YAML 1.1 folds, BOM, non-characters.
const UNPRINTABLE = /[\p{Cc}\p{Cs}\u2028\u2029\ufeff\ufffe\uffff]/u;

/** True when YAML 1.2 core or YAML 1.1 reads this plain text as a number, boolean or null. */
export function resolvesAsNonString(text: string): boolean {
  return (
    KEYWORDS.has(text.toLowerCase()) ||
    DECIMAL.test(text) ||
    PREFIXED_INT.test(text) ||
    SPECIAL_FLOAT.test(text) ||
    SEXAGESIMAL.test(text)
  );
}

/** True when a plain scalar with this text would not read back as exactly this string. */
export function needsQuoting(value: string): boolean {
  return (
    value === '' ||
    value === '=' ||
    value === '<<' ||
    resolvesAsNonString(value) ||
    TIMESTAMP.test(value) ||
    // Flow indicators end a plain scalar inside `{...}`/`[...]`; quote them everywhere.
    FLOW_INDICATOR.test(value) ||
    EDGE_SPACE.test(value) ||
    hasUnprintable(value) ||
    !readsBackPlain(value)
  );
}

/** The source text for value: keeps the requested style when safe. */
export function formatScalar(value: string, style: ScalarStyle): string {
  if (style === 'QUOTE_SINGLE' && !hasUnprintable(value)) return `'${value.replaceAll("'", "''")}'`;
  if (style === 'PLAIN' && !needsQuoting(value)) return value;
  return doubleQuoted(value);
}

function doubleQuoted(value: string): string {
  // JSON escapes are valid YAML escapes; YAML also wants DEL, C1, line/paragraph separators escaped.
  return JSON.stringify(value).replace(
    /[\p{Cc}\u2028\u2029\ufeff\ufffe\uffff]/gu,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

function hasUnprintable(value: string): boolean {
  return UNPRINTABLE.test(value);
}

function readsBackPlain(value: string): boolean {
  return (['1.2', '1.1'] as const).every((version) => {
    const doc = parseDocument(value, { version });
    const node = doc.contents;
    if (doc.errors.length > 0 || doc.warnings.length > 0 || !isScalar(node)) return false;
    return node.type === 'PLAIN' && node.value === value && !node.comment && !doc.comment;
  });
}
