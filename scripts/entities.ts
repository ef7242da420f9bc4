// CLI: named entities of a text or HTML file, or of a JSON-lines stream.
//   npm run --silent entities -- FILE        -> {"mentions":[...],"entities":[...]}
//   npm run --silent entities -- --jsonl     <- {"id","text"} per line; -> {"id","mentions"} per line
// For HTML the article text is extracted first; offsets refer to that extracted text.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { nodeAnalyzer } from './lib/engine.ts';
import { htmlToText, looksLikeHtml } from './lib/html-text.ts';
import type { DocumentAnalysis } from '../src/core/types.ts';

const USAGE = 'usage: npm run --silent entities -- FILE | --jsonl  (reads {"id","text"} lines on stdin)';

function fail(msg: string, code = 2): never {
  process.stderr.write(`entities: ${msg}\n`);
  process.exit(code);
}

const mentionsOut = (a: DocumentAnalysis) => a.mentions.map(({ start, end, text, type, entity }) => ({ start, end, text, type, entity }));

async function jsonl(): Promise<void> {
  const analyze = nodeAnalyzer();
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    let out: unknown;
    let id: unknown = null;
    try {
      const row = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (row === null || typeof row !== 'object') throw new Error('line is not a JSON object');
      id = row.id ?? null;
      if (typeof row.text !== 'string') throw new Error('"text" must be a string');
      out = { id, mentions: mentionsOut(analyze(row.text)) };
    } catch (e) {
      out = { id, error: e instanceof Error ? e.message : String(e) };
    }
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
  }
}

function file(path: string): void {
  if (!existsSync(path)) fail(`no such file: ${path}`);
  if (!statSync(path).isFile()) fail(`not a file: ${path}`);
  const raw = readFileSync(path, 'utf8');
  const text = looksLikeHtml(path, raw) ? htmlToText(raw) : raw;
  const a = nodeAnalyzer()(text);
  const entities = a.entities.map(({ id, name, type, aliases, title, mentions }) => ({ id, name, type, aliases, title, mentions }));
  process.stdout.write(`${JSON.stringify({ mentions: mentionsOut(a), entities })}\n`);
}

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
} else if (args[0] === '--jsonl') {
  await jsonl();
} else if (args.length === 1 && !args[0]!.startsWith('--')) {
  file(args[0]!);
} else {
  fail(USAGE);
}
