// CLI: named entities of a text or HTML file, or of a JSON-lines stream.
//   npm run --silent entities -- [--html | --text] FILE
//       -> {"mentions":[...],"entities":[...]}; for HTML also "text", the article text the
//          offsets refer to (found and read as the extension does).
//   npm run --silent entities -- --jsonl [--html | --text]
//       <- {"id","text"} per line on stdin; -> {"id","mentions"} per line, or
//          {"line":N,"id","error"} for a line that could not be analysed.
// HTML or text: the flag, else the file's extension (.html, .htm, .xhtml are HTML); the content is
// never sniffed. Exit codes: 0 done; 1 some JSON lines failed; 2 bad arguments or unreadable input.
// Inputs over MAX_INPUT_BYTES (a file, or one JSON line) are refused.
import { nodeAnalyzer } from './lib/engine.ts';
import { decodeText, InputError, MAX_INPUT_BYTES, readTextFile } from './lib/cli-input.ts';
import { BufferedOutput } from './lib/cli-output.ts';
import { byteLines } from './lib/byte-lines.ts';
import type { Analyzer } from '../src/core/analyze.ts';
import type { DocumentAnalysis } from '../src/core/types.ts';

const USAGE =
  'usage: npm run --silent entities -- [--html | --text] FILE\n' +
  '       npm run --silent entities -- --jsonl [--html | --text]   (reads {"id","text"} lines on stdin)';

type Mode = 'html' | 'text';

function fail(msg: string, code = 2): never {
  process.stderr.write(`entities: ${msg}\n`);
  process.exit(code);
}

const HTML_EXTENSION = /\.(?:html?|xhtml)$/i;

const mentionsOut = (a: DocumentAnalysis) => a.mentions.map(({ start, end, text, type, entity }) => ({ start, end, text, type, entity }));

/** The HTML reader is loaded only when HTML is read (it is most of the CLI's code). */
async function textOf(input: string, mode: Mode): Promise<{ text: string; html: boolean }> {
  if (mode === 'text') return { text: input, html: false };
  const { htmlArticle } = await import('./lib/html-article.ts');
  return { text: htmlArticle(input).text, html: true };
}

async function jsonl(mode: Mode, out: BufferedOutput): Promise<void> {
  let analyze: Analyzer | null = null;
  let failed = 0;
  let lines = 0;
  for await (const batch of byteLines(process.stdin, MAX_INPUT_BYTES)) {
    for (const { line, bytes, tooLong } of batch) {
      lines = line;
      let id: unknown = null;
      let record: string;
      try {
        if (tooLong) throw new InputError(`line is over the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit`);
        const source = decodeText(bytes);
        if (source.trim() === '') continue;
        let row: unknown;
        try {
          row = JSON.parse(source);
        } catch (e) {
          throw new InputError(`invalid JSON: ${(e as Error).message}`);
        }
        if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new InputError('line is not a JSON object');
        const { id: rowId, text } = row as { id?: unknown; text?: unknown };
        id = rowId ?? null;
        if (typeof text !== 'string') throw new InputError('"text" must be a string');
        const doc = await textOf(text, mode);
        analyze ??= nodeAnalyzer();
        const mentions = mentionsOut(analyze(doc.text));
        record = JSON.stringify(doc.html ? { id, text: doc.text, mentions } : { id, mentions });
      } catch (e) {
        failed++;
        record = JSON.stringify({ line, id, error: e instanceof Error ? e.message : String(e) });
      }
      await out.line(record);
    }
    await out.flush();
  }
  if (failed > 0) {
    process.stderr.write(`entities: ${failed} of ${lines} lines failed\n`);
    process.exitCode = 1;
  }
}

async function file(path: string, mode: Mode, out: BufferedOutput): Promise<void> {
  let doc: { text: string; html: boolean };
  try {
    doc = await textOf(readTextFile(path), mode);
  } catch (e) {
    if (e instanceof InputError) fail(e.message);
    throw e;
  }
  const a = nodeAnalyzer()(doc.text);
  const entities = a.entities.map(({ id, name, type, aliases, title, mentions }) => ({ id, name, type, aliases, title, mentions }));
  const mentions = mentionsOut(a);
  await out.line(JSON.stringify(doc.html ? { text: doc.text, mentions, entities } : { mentions, entities }));
  await out.flush();
}

async function main(argv: string[]): Promise<void> {
  const args = argv.filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const paths = args.filter((a) => !a.startsWith('--'));
  for (const f of flags) if (!['--jsonl', '--html', '--text'].includes(f)) fail(`unknown option ${f} (see --help)`);
  if (flags.has('--html') && flags.has('--text')) fail('--html and --text exclude each other');
  const forced: Mode | null = flags.has('--html') ? 'html' : flags.has('--text') ? 'text' : null;
  const out = new BufferedOutput();
  if (flags.has('--jsonl')) {
    if (paths.length > 0) fail('--jsonl reads standard input, not a file (see --help)');
    await jsonl(forced ?? 'text', out);
  } else if (paths.length === 1) {
    const path = paths[0]!;
    await file(path, forced ?? (HTML_EXTENSION.test(path) ? 'html' : 'text'), out);
  } else {
    fail(USAGE);
  }
}

try {
  await main(process.argv.slice(2));
} catch (e) {
  // One line, no stack trace: whatever failed is named, and the exit code says it failed.
  fail(`failed: ${e instanceof Error ? e.message : String(e)}`);
}
