import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registrationStep, siteAccess, siteOfInput, siteOfUrl, sitesOfPatterns, wantedMatches } from './sites';

const BUILT_IN = ['https://www.archyde.com/*', 'https://archyde.com/*'];

test('siteOfUrl: a page names its site, with the www twin of a two-label host', () => {
  assert.deepEqual(siteOfUrl('https://example.net/news/x?y=1#z'), { name: 'example.net', patterns: ['https://www.example.net/*', 'https://example.net/*'] });
  assert.deepEqual(siteOfUrl('https://WWW.Example.net:8443/'), { name: 'example.net', patterns: ['https://www.example.net/*', 'https://example.net/*'] });
  assert.deepEqual(siteOfUrl('https://news.example.net/world/'), { name: 'news.example.net', patterns: ['https://news.example.net/*'] });
  assert.deepEqual(siteOfUrl('https://www.bbc.co.uk/news'), { name: 'bbc.co.uk', patterns: ['https://www.bbc.co.uk/*', 'https://bbc.co.uk/*'] });
  assert.deepEqual(siteOfUrl('http://example.net/'), { name: 'http://example.net', patterns: ['http://www.example.net/*', 'http://example.net/*'] });
  assert.deepEqual(siteOfUrl('http://127.0.0.1:8080/a'), { name: 'http://127.0.0.1', patterns: ['http://127.0.0.1/*'] });
});

test('siteOfUrl: pages no extension may run on have no site', () => {
  for (const url of [
    'chrome://extensions/',
    'about:debugging',
    'moz-extension://6c5e/popup.html',
    'chrome-extension://abc/popup.html',
    'file:///home/me/a.html',
    'data:text/html,hi',
    'http://[::1]/',
    'not a url',
    '',
  ]) {
    assert.equal(siteOfUrl(url), null, url);
  }
});

test('siteOfInput: what a reader types becomes a site, https unless they wrote http', () => {
  const ok = (input: string) => {
    const r = siteOfInput(input);
    assert.ok(r.ok, input);
    return r.site;
  };
  assert.deepEqual(ok('example.net'), { name: 'example.net', patterns: ['https://www.example.net/*', 'https://example.net/*'] });
  assert.deepEqual(ok('  https://www.example.net/news/today  '), { name: 'example.net', patterns: ['https://www.example.net/*', 'https://example.net/*'] });
  assert.deepEqual(ok('news.example.net/world'), { name: 'news.example.net', patterns: ['https://news.example.net/*'] });
  assert.deepEqual(ok('http://example.net'), { name: 'http://example.net', patterns: ['http://www.example.net/*', 'http://example.net/*'] });
  assert.deepEqual(ok('localhost:3000'), { name: 'localhost', patterns: ['https://localhost/*'] });
});

test('siteOfInput: empty, non-web and malformed input is refused with its reason', () => {
  assert.deepEqual(siteOfInput('   '), { ok: false, problem: 'empty' });
  for (const input of ['ftp://example.net', 'file:///etc/passwd', 'javascript:alert(1)'])
    assert.deepEqual(siteOfInput(input), { ok: false, problem: 'not-web' }, input);
  for (const input of ['news', 'exa mple.net', '*.example.net', 'https://', 'https://exa_mple.net', 'a..b']) {
    assert.deepEqual(siteOfInput(input), { ok: false, problem: 'invalid' }, input);
  }
});

test('sitesOfPatterns: granted patterns group into sites, the manifest hosts left out, odd patterns kept as they are', () => {
  const granted = [
    ...BUILT_IN,
    'https://example.net/*',
    'https://news.example.org/*',
    'https://www.example.net/*',
    'http://example.net/*',
    '*://*.example.com/*',
  ];
  assert.deepEqual(sitesOfPatterns(granted, BUILT_IN), [
    { name: '*://*.example.com/*', patterns: ['*://*.example.com/*'] },
    { name: 'example.net', patterns: ['https://example.net/*', 'https://www.example.net/*'] },
    { name: 'http://example.net', patterns: ['http://example.net/*'] },
    { name: 'news.example.org', patterns: ['https://news.example.org/*'] },
  ]);
  assert.deepEqual(sitesOfPatterns(BUILT_IN, BUILT_IN), []);
});

test('wantedMatches: web patterns the manifest does not cover, once each, sorted', () => {
  assert.deepEqual(wantedMatches([...BUILT_IN, 'https://b.net/*', 'https://a.net/*', 'https://a.net/*', 'ftp://x.net/*'], BUILT_IN), [
    'https://a.net/*',
    'https://b.net/*',
  ]);
  assert.deepEqual(wantedMatches(BUILT_IN, BUILT_IN), []);
});

test('registrationStep: register, update, unregister or nothing', () => {
  assert.deepEqual(registrationStep(null, []), { op: 'none' });
  assert.deepEqual(registrationStep(null, ['https://a.net/*']), { op: 'register', matches: ['https://a.net/*'] });
  assert.deepEqual(registrationStep(['https://a.net/*'], ['https://a.net/*']), { op: 'none' });
  assert.deepEqual(registrationStep(['https://b.net/*', 'https://a.net/*'], ['https://a.net/*', 'https://b.net/*']), { op: 'none' }, 'order does not matter');
  assert.deepEqual(registrationStep(['https://a.net/*'], ['https://a.net/*', 'https://b.net/*']), {
    op: 'update',
    matches: ['https://a.net/*', 'https://b.net/*'],
  });
  assert.deepEqual(registrationStep(['https://a.net/*'], []), { op: 'unregister' });
});

test('siteAccess: built in, enabled, possible or impossible', () => {
  const granted = [...BUILT_IN, 'https://news.example.net/*'];
  assert.deepEqual(siteAccess('https://www.archyde.com/x/', BUILT_IN, granted), { kind: 'built-in' });
  assert.deepEqual(siteAccess('https://news.example.net/world/', BUILT_IN, granted), {
    kind: 'enabled',
    site: { name: 'news.example.net', patterns: ['https://news.example.net/*'] },
  });
  assert.deepEqual(siteAccess('https://example.net/', BUILT_IN, granted), {
    kind: 'not-enabled',
    site: { name: 'example.net', patterns: ['https://www.example.net/*', 'https://example.net/*'] },
  });
  assert.deepEqual(siteAccess('http://news.example.net/', BUILT_IN, granted).kind, 'not-enabled', 'https only was granted');
  assert.deepEqual(siteAccess('chrome://newtab/', BUILT_IN, granted), { kind: 'unavailable' });
  // Disabling a site removes its twin too, and a broad grant that is what reaches the page.
  assert.deepEqual(siteAccess('https://www.a.net/', BUILT_IN, ['https://a.net/*', 'https://www.a.net/*', 'https://*/*', 'https://b.net/*']), {
    kind: 'enabled',
    site: { name: 'a.net', patterns: ['https://*/*', 'https://a.net/*', 'https://www.a.net/*'] },
  });
});
