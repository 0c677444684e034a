import path from 'node:path';
import { registerLogger, validate, type ValidationConfig } from '@actions/languageservice';
import { clearCacheEntry } from '@actions/languageservice/utils/workflow-cache';
import { sameName, type RepoContext } from '../context.js';
import { finding, type Finding } from '../finding.js';
import type { LoadedFile } from '../model.js';
import { normalisePath, parseUses } from '../uses.js';

type Document = Parameters<typeof validate>[0];
type FileProvider = NonNullable<ValidationConfig['fileProvider']>;

const WARNING = 2;
const UNFETCHED = 'Unable to find reusable workflow';

/** The validator swallows its own crashes into a log; collect them so they fail the check. */
const crashes: string[] = [];
let loggerRegistered = false;

function ensureLogger(): void {
  if (loggerRegistered) return;
  loggerRegistered = true;
  const ignore = () => undefined;
  registerLogger({
    log: ignore,
    info: ignore,
    warn: ignore,
    error: (message: string) => crashes.push(message),
  });
}

/**
 * GitHub's own validator (the VS Code extension's): schema, expressions and contexts, with this
 * repository's reusable workflows read from disk (other repositories are not fetched). Errors
 * and warnings become `languageservice` findings. Run files one at a time: crashes are
 * attributed through a shared log.
 */
export async function languageServiceFindings(
  file: LoadedFile,
  context: RepoContext,
  root: string,
): Promise<Finding[]> {
  ensureLogger();
  const uri = documentUri(file, root);
  crashes.length = 0;
  const document = { uri, getText: () => file.text } as unknown as Document;
  try {
    const diagnostics = await validate(document, { fileProvider: localFiles(context) });
    const found = diagnostics
      .filter((diagnostic) => (diagnostic.severity ?? 1) <= WARNING)
      .map((diagnostic) => {
        const message =
          typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
        const firstLine = message.split('\n')[0]?.trim() ?? message;
        return finding(file, diagnostic.range.start.line + 1, 'languageservice', firstLine);
      })
      .filter((item) => !(item.message === UNFETCHED && callsOtherRepository(file, item.line)));
    const crashed = crashes.map((message) =>
      finding(file, 1, 'languageservice', `the validator failed: ${message}`),
    );
    return [...found, ...crashed];
  } finally {
    clearCacheEntry(uri);
  }
}

function localFiles(context: RepoContext): FileProvider {
  return {
    getFileContent(reference) {
      const own =
        !('repository' in reference) || sameName(reference.repository, context.repositoryName);
      const repoPath = normalisePath(reference.path);
      const file = own ? context.files.get(repoPath) : undefined;
      if (!file) return Promise.reject(new Error(`${repoPath} is not available offline`));
      return Promise.resolve({ name: repoPath, content: file.text });
    },
  };
}

function callsOtherRepository(file: LoadedFile, line: number): boolean {
  if (file.kind !== 'workflow') return false;
  const job = file.workflow.jobs.find((candidate) => candidate.uses?.line === line);
  return job?.uses !== undefined && parseUses(job.uses.value).kind === 'remote';
}

/**
 * The validator tells workflows from actions by path; files checked outside `.github/workflows`
 * (fixtures) get a URI that says what they are.
 */
function documentUri(file: LoadedFile, root: string): string {
  const absolute = path.resolve(root, file.path).split(path.sep).join('/');
  const looksRight =
    file.kind === 'workflow'
      ? /\/\.github\/workflows\/[^/]+\.ya?ml$/i.test(absolute)
      : /\/action\.ya?ml$/i.test(absolute);
  if (looksRight) return `file://${absolute}`;
  const dir = path.posix.dirname(absolute);
  const base = path.posix.basename(absolute);
  return file.kind === 'workflow'
    ? `file://${dir}/.github/workflows/${base}`
    : `file://${dir}/${base.replace(/\.ya?ml$/i, '')}/action.yml`;
}
