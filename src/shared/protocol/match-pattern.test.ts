import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesPattern } from './match-pattern.ts';

test('match patterns: scheme, host and path as the browser tests them', () => {
  const yes: [string, string][] = [
    ['https://www.archyde.com/*', 'https://www.archyde.com/'],
    ['https://www.archyde.com/*', 'https://www.archyde.com/news/xi-putin/?utm=1#top'],
    ['https://archyde.com/*', 'https://ARCHYDE.com/a'],
    ['*://*.example.org/news/*', 'http://a.b.example.org/news/x'],
    ['*://*.example.org/*', 'https://example.org/'],
    ['https://*/*', 'https://anything.test/x'],
    ['<all_urls>', 'https://x.test/'],
  ];
  for (const [p, u] of yes) assert.ok(matchesPattern(p, u), `${p} should match ${u}`);
  const no: [string, string][] = [
    ['https://www.archyde.com/*', 'http://www.archyde.com/'],
    ['https://www.archyde.com/*', 'https://www.archyde.com.evil.test/'],
    ['https://www.archyde.com/*', 'https://evil.test/https://www.archyde.com/'],
    ['https://archyde.com/*', 'https://www.archyde.com/'],
    ['*://*.example.org/*', 'https://example.org.evil.test/'],
    ['*://*.example.org/news/*', 'https://example.org/sport/'],
    ['*://*/*', 'ftp://x.test/'],
    ['https://www.archyde.com/*', 'not a url'],
    ['https://www.archyde.com/*', ''],
    ['bad pattern', 'https://www.archyde.com/'],
  ];
  for (const [p, u] of no) assert.ok(!matchesPattern(p, u), `${p} should not match ${u}`);
});

test('match patterns: a path with many stars against a long URL stays fast (no backtracking blow-up)', () => {
  const url = `https://www.archyde.com/${'a'.repeat(200_000)}`;
  assert.equal(matchesPattern('https://www.archyde.com/*a*a*a*a*b', url), false);
  assert.equal(matchesPattern('https://www.archyde.com/*a*a*a*a*', url), true);
});
