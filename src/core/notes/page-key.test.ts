import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageKey } from './page-key.ts';

const A = 'archyde.com/news/xi-visits-moscow';

test('scheme, www., default ports, trailing slash and fragment fold to one key', () => {
  for (const url of [
    'https://www.archyde.com/news/xi-visits-moscow',
    'http://archyde.com/news/xi-visits-moscow/',
    'https://WWW.Archyde.COM:443/news/xi-visits-moscow#comments',
    'http://www.archyde.com:80/news/xi-visits-moscow//',
    'https://archyde.com./news/xi-visits-moscow',
  ])
    assert.equal(pageKey(url), A, url);
});

test('tracking parameters are dropped, the others kept and sorted', () => {
  assert.equal(pageKey('https://www.archyde.com/news/xi-visits-moscow?utm_source=nl&utm_Medium=email&fbclid=abc&gclid=1&mc_cid=2&mc_eid=3&ref=tw&igshid=x'), A);
  assert.equal(pageKey('https://archyde.com/search?q=xi&page=2&utm_campaign=c'), 'archyde.com/search?page=2&q=xi');
  assert.equal(pageKey('https://archyde.com/search?page=2&q=xi'), pageKey('https://archyde.com/search?q=xi&page=2'));
  // a parameter that names the content stays
  assert.notEqual(pageKey('https://archyde.com/?p=123'), pageKey('https://archyde.com/?p=124'));
  // repeated keys keep all their values, in a stable order
  assert.equal(pageKey('https://a.com/x?t=2&t=1'), 'a.com/x?t=1&t=2');
});

test('paths differ, case in paths matters, other ports stay', () => {
  assert.notEqual(pageKey('https://archyde.com/a'), pageKey('https://archyde.com/b'));
  assert.notEqual(pageKey('https://archyde.com/A'), pageKey('https://archyde.com/a'));
  assert.equal(pageKey('http://localhost:8080/x/'), 'localhost:8080/x');
  assert.equal(pageKey('https://archyde.com/'), 'archyde.com');
});

test('the canonical link wins when it is on the same site, relative or absolute', () => {
  const url = 'https://www.archyde.com/amp/xi-visits-moscow?utm_source=x';
  assert.equal(pageKey(url, 'https://www.archyde.com/news/xi-visits-moscow/'), A);
  assert.equal(pageKey(url, '/news/xi-visits-moscow'), A);
  assert.equal(pageKey('https://archyde.com/x', 'http://www.archyde.com/news/xi-visits-moscow#top'), A);
});

test('a canonical link on another site, or not http(s), is ignored', () => {
  const url = 'https://archyde.com/news/xi-visits-moscow';
  assert.equal(pageKey(url, 'https://evil.example/news/xi-visits-moscow'), A);
  assert.equal(pageKey(url, 'javascript:alert(1)'), A);
  assert.equal(pageKey(url, 'http://[::1'), A);
  assert.equal(pageKey(url, ''), A);
  assert.equal(pageKey(url, null), A);
});

test('an address that is not http(s) is refused with a clear error', () => {
  assert.throws(() => pageKey('not a url'), /not an http\(s\) address/);
  assert.throws(() => pageKey('file:///etc/passwd'), /not an http\(s\) address/);
  assert.throws(() => pageKey('chrome-extension://abc/popup.html'), /not an http\(s\) address/);
});

test('non-ASCII hosts and paths get one form (punycode, percent-encoding)', () => {
  assert.equal(pageKey('https://www.bücher.de/straße'), pageKey('https://xn--bcher-kva.de/stra%C3%9Fe'));
});
