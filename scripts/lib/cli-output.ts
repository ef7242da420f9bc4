/**
 * Buffered standard output for the entities CLI. Records are collected and written in one call
 * per batch (one write per JSON line was a system call each). A reader that goes away (`| head`)
 * ends the process quietly: EPIPE is not an error of ours.
 */
import { once } from 'node:events';

/** Pending output larger than this is written at once, without waiting for the batch's end. */
const FLUSH_AT = 1 << 16;

export class BufferedOutput {
  private chunks: string[] = [];
  private size = 0;

  constructor(private readonly stream: NodeJS.WritableStream = process.stdout) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      process.stderr.write(`entities: cannot write the output: ${e.code ?? e.message}\n`);
      process.exit(2);
    });
  }

  /** Adds one line of output (a newline is appended). */
  async line(s: string): Promise<void> {
    this.chunks.push(s, '\n');
    this.size += s.length + 1;
    if (this.size >= FLUSH_AT) await this.flush();
  }

  /** Writes what is pending, waiting for the stream to drain when its buffer is full. */
  async flush(): Promise<void> {
    if (this.size === 0) return;
    const data = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    if (!this.stream.write(data)) await once(this.stream, 'drain');
  }
}
