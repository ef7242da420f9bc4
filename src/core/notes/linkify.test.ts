import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkify } from './linkify.ts';

test('plain text is one text run, line breaks and markup kept verbatim', () => {
  assert.deepEqual(linkify('a <b>bold</b>\n\n*not* [md](x)'), [{ kind: 'text', text: 'a <b>bold</b>\n\n*not* [md](x)' }]);
  assert.deepEqual(linkify(''), []);
});

test('http(s) addresses become links; sentence punctuation after them stays text', () => {
  assert.deepEqual(linkify('See https://example.org/a?b=1#c. And http://x.test, too'), [
    { kind: 'text', text: 'See ' },
    { kind: 'link', text: 'https://example.org/a?b=1#c', href: 'https://example.org/a?b=1#c' },
    { kind: 'text', text: '. And ' },
    { kind: 'link', text: 'http://x.test', href: 'http://x.test/' },
    { kind: 'text', text: ', too' },
  ]);
  assert.deepEqual(linkify('(https://example.org/x)'), [
    { kind: 'text', text: '(' },
    { kind: 'link', text: 'https://example.org/x', href: 'https://example.org/x' },
    { kind: 'text', text: ')' },
  ]);
});

test('a closing bracket that balances one inside the address is part of it', () => {
  const runs = linkify('https://en.wikipedia.org/wiki/Xi_(surname)).');
  assert.deepEqual(runs[0], { kind: 'link', text: 'https://en.wikipedia.org/wiki/Xi_(surname)', href: 'https://en.wikipedia.org/wiki/Xi_(surname)' });
  assert.deepEqual(runs.slice(1), [{ kind: 'text', text: ').' }]);
});

test('other schemes, bare schemes and markup around addresses are not links', () => {
  for (const s of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'https://', 'https://.', 'ftp://example.org/']) {
    assert.ok(
      linkify(s).every((r) => r.kind === 'text'),
      s,
    );
  }
  const runs = linkify('<a href="https://evil.example/">x</a>');
  assert.deepEqual(
    runs.filter((r) => r.kind === 'link').map((r) => r.text),
    ['https://evil.example/'],
  );
  assert.equal(runs.map((r) => r.text).join(''), '<a href="https://evil.example/">x</a>');
});

test('the runs always put the text back together exactly', () => {
  const s = 'one https://a.test/x\ntwo http://b.test/(y)) three https://c.test/?q=1&r=2;';
  assert.equal(
    linkify(s)
      .map((r) => r.text)
      .join(''),
    s,
  );
});

test('long inputs: many addresses and a long run of punctuation stay linear', () => {
  const many = 'https://a.test/x '.repeat(20_000);
  assert.equal(linkify(many).filter((r) => r.kind === 'link').length, 20_000);
  const dots = 'https://a.test/' + ').'.repeat(50_000);
  assert.equal(
    linkify(dots)
      .map((r) => r.text)
      .join(''),
    dots,
  );
  const inner = 'https://a.test/' + '.'.repeat(100_000) + 'x';
  assert.deepEqual(
    linkify(inner).map((r) => r.kind),
    ['link'],
  );
});
