/**
 * Splits a byte stream into numbered lines, batch by batch: each batch holds the lines that
 * ended in one chunk of input, so a caller can answer them and write its output before waiting
 * for more input. Lines are bytes (decoding, and its errors, are per line); a line longer than
 * `maxBytes` is not kept in memory: it comes out as `tooLong`.
 */
export interface ByteLine {
  /** 1-based line number in the input. */
  line: number;
  bytes: Uint8Array;
  tooLong: boolean;
}

export async function* byteLines(input: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<ByteLine[]> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let line = 0;
  const take = (last: Uint8Array): ByteLine => {
    let bytes = pending.length === 0 ? last : Buffer.concat([...pending, last]);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1); // CRLF
    const out = { line: ++line, bytes: tooLong ? new Uint8Array(0) : bytes, tooLong };
    pending = [];
    pendingBytes = 0;
    tooLong = false;
    return out;
  };
  const keep = (rest: Uint8Array) => {
    if (tooLong || rest.length === 0) return;
    if (pendingBytes + rest.length > maxBytes) {
      tooLong = true;
      pending = [];
      pendingBytes = 0;
    } else {
      pending.push(rest);
      pendingBytes += rest.length;
    }
  };
  for await (const chunk of input) {
    const batch: ByteLine[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl >= 0; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      if (pendingBytes + piece.length > maxBytes) tooLong = true;
      batch.push(take(piece));
      start = nl + 1;
    }
    keep(chunk.subarray(start));
    if (batch.length > 0) yield batch;
  }
  if (pendingBytes > 0 || tooLong) yield [take(new Uint8Array(0))];
}
