/**
 * A WordPress-like article page whose body is the seed article's paragraphs repeated until the
 * body text reaches `targetChars`: realistic text at any size, for the in-page benchmarks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../e2e/harness/routes';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function scalePage(targetChars: number): { url: string; html: string; textChars: number } {
  const paragraphs = readFileSync(join(FIXTURES, 'seed', 'archyde-xi-putin.txt'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const body: string[] = [];
  let chars = 0;
  for (let i = 0; chars < targetChars; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    body.push(`<p>${escape(p)}</p>`);
    chars += p.length;
  }
  const url = `https://www.archyde.com/bench-${Math.round(targetChars / 1000)}k/`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench ${targetChars}</title></head>
<body class="post-template-default single single-post"><header id="masthead"><nav><a href="/">World</a> <a href="/">Politics</a></nav></header>
<article class="post type-post"><h1 class="entry-title">Xi Jinping to meet Vladimir Putin (long edition)</h1>
<div class="entry-content" itemprop="articleBody">
${body.join('\n')}
</div></article><footer id="colophon">© Archyde</footer></body></html>`;
  return { url, html, textChars: chars };
}
