import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { GitError } from './errors.js';
import type { Git } from './git.js';

/** An object as `git cat-file --batch` answers it. */
export interface GitObject {
  oid: string;
  type: 'blob' | 'tree' | 'commit' | 'tag';
  bytes: Buffer;
}

interface Pending {
  resolve(object: GitObject | undefined): void;
  reject(error: Error): void;
}

/**
 * One `git cat-file --batch`: objects as stored (no filters, no textconv), by any name git
 * resolves (`<sha>`, `<ref>^{commit}`, `<rev>^{tree}`), answered in order; undefined for a
 * name that resolves to nothing. The process keeps Node alive only while a read is pending.
 */
export class ObjectReader {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  private readonly unsent: string[] = [];
  private chunks: Buffer[] = [];
  private length = 0;
  /** Bytes the answer at the front needs, once its header is known. */
  private needed = 0;
  private failure: Error | undefined;
  private closed = false;
  private idleTimer: NodeJS.Timeout | undefined;

  /** closeAfterIdleMs: end the process once no read has been pending that long. */
  constructor(
    git: Git,
    private readonly options: { closeAfterIdleMs?: number } = {},
  ) {
    this.child = git.spawn(['cat-file', '--batch']);
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.on('error', (error) => this.fail(error));
    this.child.on('close', (code) => this.fail(new Error(`exited with ${code}`)));
    this.child.stdin.on('error', (error) => this.fail(error));
    this.idle(true);
  }

  /** False once closed or failed: a new reader is needed. */
  get usable(): boolean {
    return !this.closed && !this.failure;
  }

  read(name: string): Promise<GitObject | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error('git cat-file --batch was closed'));
    // One name per line: a name that could break the protocol is never sent.
    if (name === '' || [...name].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\u007f'))
      return Promise.reject(new Error(`not an object name: ${JSON.stringify(name)}`));
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      if (this.queue.length === 1) this.idle(false);
      this.request(name);
    });
  }

  /** Requests made in one tick go to git in one write: a write per blob costs more than git. */
  private request(oid: string): void {
    this.unsent.push(oid);
    if (this.unsent.length > 1) return;
    process.nextTick(() => {
      const lines = this.unsent.splice(0).map((line) => `${line}\n`);
      this.child.stdin.write(lines.join(''));
    });
  }

  close(): void {
    this.closed = true;
    this.child.stdin.end();
    this.idle(true);
  }

  /** An idle reader must not keep Node alive; a busy one must. */
  private idle(idle: boolean): void {
    const { child } = this;
    const handles = [child, child.stdout, child.stdin, child.stderr] as Array<{
      ref(): void;
      unref(): void;
    }>;
    for (const handle of handles)
      if (idle) handle.unref();
      else handle.ref();
    clearTimeout(this.idleTimer);
    const after = this.options.closeAfterIdleMs;
    if (idle && after !== undefined && !this.closed)
      this.idleTimer = setTimeout(() => this.close(), after).unref();
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    if (this.length < this.needed) return;
    for (let answer = this.next(); answer !== undefined; answer = this.next()) {
      const pending = this.queue.shift();
      if (answer instanceof Error) pending?.reject(answer);
      else pending?.resolve(answer ?? undefined);
      if (this.queue.length === 0) this.idle(true);
    }
  }

  /** Joins the received chunks only when an answer may be complete: no quadratic copying. */
  private joined(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.length)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private consume(bytes: number): void {
    const rest = this.joined().subarray(bytes);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.length = rest.length;
  }

  /**
   * Takes one complete answer off the buffer: the object, null for a missing one, or an error
   * (an ambiguous name); undefined while the answer is incomplete.
   */
  private next(): GitObject | null | Error | undefined {
    const buffer = this.joined();
    const newline = buffer.indexOf(0x0a);
    if (newline < 0 || this.queue.length === 0) return undefined;
    const header = buffer.subarray(0, newline).toString('utf8');
    const match = /^([0-9a-f]{40,64}) (blob|tree|commit|tag) (\d+)$/.exec(header);
    if (!match) {
      this.consume(newline + 1);
      return / missing$/.test(header) ? null : new Error(`git cat-file --batch: ${header}`);
    }
    const end = newline + 1 + Number(match[3]);
    this.needed = end + 1;
    if (buffer.length < this.needed) return undefined;
    const bytes = Buffer.from(buffer.subarray(newline + 1, end));
    this.needed = 0;
    this.consume(end + 1);
    return { oid: match[1] ?? '', type: match[2] as GitObject['type'], bytes };
  }

  private fail(cause: Error): void {
    // A reader ended on purpose exits with nothing pending: that is no failure.
    if (this.closed && this.queue.length === 0) return;
    const args = ['cat-file', '--batch'];
    const message = `git cat-file --batch failed: ${cause.message}`;
    this.failure ??= new GitError(message, { args, exitCode: null, stderr: '' });
    for (const pending of this.queue.splice(0)) pending.reject(this.failure);
    this.idle(true);
  }
}

/** Blobs only: any other object, or none, is an error naming the oid. */
export class BlobReader {
  private readonly objects: ObjectReader;

  constructor(git: Git) {
    this.objects = new ObjectReader(git);
  }

  async read(oid: string): Promise<Buffer> {
    const object = await this.objects.read(oid);
    if (!object) throw new Error(`git cat-file --batch: ${oid} missing`);
    if (object.type !== 'blob') throw new Error(`${oid} is a ${object.type}, not a blob`);
    return object.bytes;
  }

  close(): void {
    this.objects.close();
  }
}
