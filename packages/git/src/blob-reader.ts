import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { GitError } from './errors.js';
import type { Git } from './git.js';

interface Pending {
  resolve(bytes: Buffer): void;
  reject(error: Error): void;
}

/**
 * One `git cat-file --batch`: blobs as stored (no filters, no textconv), answered in order;
 * the process keeps Node alive only while a read is pending.
 */
export class BlobReader {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  private readonly unsent: string[] = [];
  private chunks: Buffer[] = [];
  private length = 0;
  /** Bytes the answer at the front needs, once its header is known. */
  private needed = 0;
  private failure: Error | undefined;

  constructor(git: Git) {
    this.child = git.spawn(['cat-file', '--batch']);
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.on('error', (error) => this.fail(error));
    this.child.on('close', (code) => this.fail(new Error(`exited with ${code}`)));
    this.child.stdin.on('error', (error) => this.fail(error));
    this.idle(true);
  }

  read(oid: string): Promise<Buffer> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      if (this.queue.length === 1) this.idle(false);
      this.request(oid);
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
    this.child.stdin.end();
    this.idle(true);
  }

  /** An idle reader must not keep Node alive; a busy one must. */
  private idle(idle: boolean): void {
    const handles = [this.child, this.child.stdout, this.child.stdin] as Array<{
      ref(): void;
      unref(): void;
    }>;
    for (const handle of handles)
      if (idle) handle.unref();
      else handle.ref();
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    if (this.length < this.needed) return;
    for (let answer = this.next(); answer !== undefined; answer = this.next()) {
      const pending = this.queue.shift();
      if (answer instanceof Error) pending?.reject(answer);
      else pending?.resolve(answer);
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

  /** Takes one complete answer off the buffer: the blob's bytes, or an error for a bad object. */
  private next(): Buffer | Error | undefined {
    const buffer = this.joined();
    const newline = buffer.indexOf(0x0a);
    if (newline < 0 || this.queue.length === 0) return undefined;
    const header = buffer.subarray(0, newline).toString('utf8');
    const match = /^(\S+) (\S+) (\d+)$/.exec(header);
    if (!match) {
      this.consume(newline + 1);
      return new Error(`git cat-file --batch: ${header}`);
    }
    const end = newline + 1 + Number(match[3]);
    this.needed = end + 1;
    if (buffer.length < this.needed) return undefined;
    const bytes = Buffer.from(buffer.subarray(newline + 1, end));
    this.needed = 0;
    this.consume(end + 1);
    return match[2] === 'blob' ? bytes : new Error(`${match[1]} is a ${match[2]}, not a blob`);
  }

  private fail(cause: Error): void {
    const args = ['cat-file', '--batch'];
    const message = `git cat-file --batch failed: ${cause.message}`;
    this.failure ??= new GitError(message, { args, exitCode: null, stderr: '' });
    for (const pending of this.queue.splice(0)) pending.reject(this.failure);
    this.idle(true);
  }
}
