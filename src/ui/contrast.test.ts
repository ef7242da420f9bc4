import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composite, compositeAll, contrastOf, contrastRatio, parseColor, relativeLuminance, toneFor } from './contrast.ts';

const near = (actual: number, expected: number, eps = 0.005) => assert.ok(Math.abs(actual - expected) < eps, `${actual} ≉ ${expected}`);

test('parses the colour syntaxes browsers serialise and our tables use', () => {
  assert.deepEqual(parseColor('#fff'), { r: 255, g: 255, b: 255, a: 1 });
  assert.deepEqual(parseColor('#0072B2'), { r: 0, g: 114, b: 178, a: 1 });
  assert.deepEqual(parseColor('#00000080'), { r: 0, g: 0, b: 0, a: 128 / 255 });
  assert.deepEqual(parseColor('rgb(1, 2, 3)'), { r: 1, g: 2, b: 3, a: 1 });
  assert.deepEqual(parseColor('rgba(0, 114, 178, 0.14)'), { r: 0, g: 114, b: 178, a: 0.14 });
  assert.deepEqual(parseColor('rgb(10 20 30 / 50%)'), { r: 10, g: 20, b: 30, a: 0.5 });
  assert.deepEqual(parseColor('rgb(100%, 0%, 0%)'), { r: 255, g: 0, b: 0, a: 1 });
  assert.deepEqual(parseColor('rgba(0, 0, 0, 0)'), { r: 0, g: 0, b: 0, a: 0 });
  assert.deepEqual(parseColor(' transparent '), { r: 0, g: 0, b: 0, a: 0 });
  assert.deepEqual(parseColor('rgb(12.5, 300, -4)'), { r: 12.5, g: 255, b: 0, a: 1 });
});

test('what it cannot read is null, never a guess', () => {
  for (const s of ['', 'red', 'oklch(0.5 0.1 200)', 'color(srgb 1 0 0)', '#12', '#12345', 'rgb(1, 2)', 'rgb(a, b, c)', 'url(x)']) {
    assert.equal(parseColor(s), null, s);
  }
});

test('relative luminance and contrast match the WCAG reference values', () => {
  near(relativeLuminance(parseColor('#000')!), 0);
  near(relativeLuminance(parseColor('#fff')!), 1);
  near(contrastRatio(parseColor('#000')!, parseColor('#fff')!), 21);
  near(contrastRatio(parseColor('#fff')!, parseColor('#fff')!), 1);
  // #767676 is the well-known lightest grey with 4.5:1 on white.
  near(contrastRatio(parseColor('#767676')!, parseColor('#fff')!), 4.54, 0.01);
  near(contrastRatio(parseColor('#0072b2')!, parseColor('#ffffff')!), 5.19, 0.01);
  // Symmetric.
  assert.equal(contrastRatio(parseColor('#123456')!, parseColor('#abcdef')!), contrastRatio(parseColor('#abcdef')!, parseColor('#123456')!));
});

test('compositing: alpha over an opaque colour, layers in order, transparent changes nothing', () => {
  const white = parseColor('#fff')!;
  assert.deepEqual(composite(parseColor('rgba(0, 0, 0, 0.5)')!, white), { r: 127.5, g: 127.5, b: 127.5, a: 1 });
  assert.deepEqual(composite(parseColor('transparent')!, white), white);
  assert.deepEqual(composite(parseColor('#123456')!, white), parseColor('#123456'));
  // Two half-black layers over white: 1/4 of white stays.
  assert.deepEqual(compositeAll([parseColor('rgba(0,0,0,0.5)')!, parseColor('rgba(0,0,0,0.5)')!], white), { r: 63.75, g: 63.75, b: 63.75, a: 1 });
  // Top-down order matters: a red layer on top of a blue one.
  const c = compositeAll([parseColor('rgba(255,0,0,0.5)')!, parseColor('rgb(0,0,255)')!], white);
  assert.deepEqual(c, { r: 127.5, g: 0, b: 127.5, a: 1 });
  assert.deepEqual(composite(parseColor('transparent')!, parseColor('transparent')!), { r: 0, g: 0, b: 0, a: 0 });
  near(contrastOf('rgba(0, 0, 0, 0.5)', '#fff'), contrastRatio(parseColor('rgb(127.5, 127.5, 127.5)')!, white), 1e-9);
  assert.throws(() => contrastOf('red', '#fff'), /cannot parse red/);
});

test('tone: light palette on light backgrounds, dark on dark, switching where black and white contrast equally', () => {
  assert.equal(toneFor(parseColor('#fff')!), 'light');
  assert.equal(toneFor(parseColor('#f4ecd8')!), 'light'); // sepia
  assert.equal(toneFor(parseColor('#121212')!), 'dark');
  assert.equal(toneFor(parseColor('#1e2329')!), 'dark');
  assert.equal(toneFor(parseColor('#777')!), 'light'); // L 0.184, just above the 0.179 midpoint
  assert.equal(toneFor(parseColor('#757575')!), 'dark'); // L 0.178
});
