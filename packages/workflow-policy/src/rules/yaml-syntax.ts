import { finding, type Rule } from '../finding.js';

/** The file parses as YAML (duplicate keys included); the other rules see only what parsed. */
export const yamlSyntax: Rule = (file) =>
  file.syntaxErrors.map((error) => finding(file, error.line, 'yaml-syntax', error.value));
