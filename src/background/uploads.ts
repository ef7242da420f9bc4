/**
 * The parts of long article texts on their way to the engine (see src/shared/text-parts.ts).
 * An upload is transient, not durable state: if the worker stopped between its parts, the
 * analysis request finds it incomplete, fails with UPLOAD_INCOMPLETE, and the page sends the
 * whole text again. Uploads a page abandoned (closed mid-way) expire.
 */
import { UPLOAD_INCOMPLETE } from '../shared/messages';

/** An upload with no new part for this long is dropped. */
export const UPLOAD_EXPIRES_MS = 60_000;
/** More parts than a page may send (2 M chars, the page's cap, in 32k parts is 62). */
export const MAX_PARTS = 1024;

interface Upload {
  parts: string[];
  timer?: ReturnType<typeof setTimeout>;
}

export class UploadStore {
  private readonly uploads = new Map<string, Upload>();

  constructor(private readonly expiresMs = UPLOAD_EXPIRES_MS) {}

  /** Keeps part `index` of upload `key` (a later copy of the same part replaces it). */
  receive(key: string, index: unknown, part: unknown): void {
    if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= MAX_PARTS) throw new Error('upload: part index out of range');
    if (typeof part !== 'string') throw new Error('upload: part must be a string');
    const upload = this.uploads.get(key) ?? { parts: [] };
    clearTimeout(upload.timer);
    this.uploads.set(key, upload);
    upload.parts[index as number] = part;
    upload.timer = setTimeout(() => this.uploads.delete(key), this.expiresMs);
  }

  /** The text of upload `key`, which must have `count` parts; the upload is forgotten either way. */
  take(key: string, count: unknown): string {
    const upload = this.uploads.get(key);
    if (upload) {
      clearTimeout(upload.timer);
      this.uploads.delete(key);
    }
    if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > MAX_PARTS) throw new Error('upload: part count out of range');
    const parts = upload?.parts ?? [];
    let received = 0;
    for (let i = 0; i < (count as number); i++) if (typeof parts[i] === 'string') received++;
    if (received !== count || parts.length !== count) throw new Error(`${UPLOAD_INCOMPLETE}: ${received} of ${count as number} parts`);
    return parts.join('');
  }

  /** Uploads waiting for their analysis request. */
  get size(): number {
    return this.uploads.size;
  }
}
