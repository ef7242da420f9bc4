/**
 * The parts of long article texts on their way to the engine (see src/shared/text-parts.ts).
 * An upload is transient, not durable state: if the worker stopped between its parts, the
 * analysis request finds it incomplete, fails with UPLOAD_INCOMPLETE, and the page sends the
 * whole text again. Uploads a page abandoned (closed mid-way) expire.
 *
 * Everything held is bounded, so no sender can make the background keep more than a few
 * articles' worth of text: the size of a part, the parts and characters of one upload (the
 * page's own cap), the uploads in progress per sender, and the characters held across all senders.
 */
import { UPLOAD_INCOMPLETE } from '../shared/messages';
import { MAX_ANALYSED_CHARS } from '../shared/limits';
import { PART_CHARS } from '../shared/text-parts';
import { MAX_UPLOAD_PARTS } from '../shared/protocol/background';

export interface UploadLimits {
  /** An upload with no new part for this long is dropped, ms. */
  expiresMs: number;
  partChars: number;
  parts: number;
  /** Characters of one assembled upload. */
  uploadChars: number;
  /** Uploads in progress per sender (a page has one at a time, two while it retries). */
  perSender: number;
  /** Characters held across all uploads of all senders. */
  heldChars: number;
}

export const UPLOAD_LIMITS: UploadLimits = {
  expiresMs: 30_000,
  partChars: PART_CHARS,
  parts: MAX_UPLOAD_PARTS,
  uploadChars: MAX_ANALYSED_CHARS,
  perSender: 4,
  heldChars: 8 * MAX_ANALYSED_CHARS,
};

interface Upload {
  sender: string;
  parts: string[];
  chars: number;
  timer?: ReturnType<typeof setTimeout>;
}

export class UploadStore {
  private readonly uploads = new Map<string, Upload>();
  private held = 0;
  private readonly limits: UploadLimits;

  constructor(limits: Partial<UploadLimits> = {}) {
    this.limits = { ...UPLOAD_LIMITS, ...limits };
  }

  /** Keeps part `index` of upload `name` from `sender` (a later copy of the same part replaces it). */
  receive(sender: string, name: string, index: number, part: string): void {
    const { partChars, parts, uploadChars, perSender, heldChars, expiresMs } = this.limits;
    if (!Number.isInteger(index) || index < 0 || index >= parts)
      throw new Error(`upload: part index out of range (${index}; an upload has at most ${parts} parts)`);
    if (typeof part !== 'string') throw new Error('upload: part must be a string');
    if (part.length > partChars) throw new Error(`upload: part too long (${part.length} > ${partChars} chars)`);
    const key = keyOf(sender, name);
    let upload = this.uploads.get(key);
    if (!upload) {
      const inProgress = [...this.uploads.values()].filter((u) => u.sender === sender).length;
      if (inProgress >= perSender) throw new Error(`upload: too many uploads in progress from this sender (${perSender})`);
      upload = { sender, parts: [], chars: 0 };
    }
    const growth = part.length - (upload.parts[index]?.length ?? 0);
    if (upload.chars + growth > uploadChars) {
      this.drop(key);
      throw new Error(`upload: text too long (more than ${uploadChars} chars)`);
    }
    if (this.held + growth > heldChars)
      throw new Error(`upload: the background holds too much text already (${this.held} chars of ${heldChars}); try again later`);
    clearTimeout(upload.timer);
    this.uploads.set(key, upload);
    upload.parts[index] = part;
    upload.chars += growth;
    this.held += growth;
    upload.timer = setTimeout(() => this.drop(key), expiresMs);
  }

  /** The text of upload `name` from `sender`, which must have `count` parts; the upload is forgotten either way. */
  take(sender: string, name: string, count: number): string {
    const key = keyOf(sender, name);
    const upload = this.uploads.get(key);
    this.drop(key);
    if (!Number.isInteger(count) || count < 1 || count > this.limits.parts)
      throw new Error(`upload: part count out of range (${count}; at most ${this.limits.parts})`);
    const parts = upload?.parts ?? [];
    let received = 0;
    for (let i = 0; i < count; i++) if (typeof parts[i] === 'string') received++;
    if (received !== count || parts.length !== count) throw new Error(`${UPLOAD_INCOMPLETE}: ${received} of ${count} parts`);
    return parts.join('');
  }

  /** Uploads waiting for their analysis request. */
  get size(): number {
    return this.uploads.size;
  }

  /** Characters held across all uploads. */
  get heldChars(): number {
    return this.held;
  }

  private drop(key: string): void {
    const upload = this.uploads.get(key);
    if (!upload) return;
    clearTimeout(upload.timer);
    this.held -= upload.chars;
    this.uploads.delete(key);
  }
}

/** Names are chosen by the sender, so they are scoped by it: two tabs can never mix parts. */
const keyOf = (sender: string, name: string): string => `${sender}\u0000${name}`;
