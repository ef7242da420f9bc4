#!/usr/bin/env node
/**
 * Draws the extension icons in code, no dependencies:
 *
 *   node scripts/draw-icons.mjs   ->  icons/icon-{16,32,48,128}.png + icons/icon.svg
 *
 * The mark: a dark navy page with a teal folded "note" corner and lines of
 * text, one word of which is marked with a yellow highlighter bar. 48 and 128
 * use the full design (4 lines, highlighted word); 16 and 32 use a pixel-aligned
 * simplified one (fewer, thicker lines) so it still reads at toolbar size.
 *
 * Rendering: 4x4 supersampling per pixel for anti-aliasing; shapes are
 * composited in order with "source over"; corners outside the page stay fully
 * transparent. PNG: RGBA 8-bit, filter 0 on every row, zlib via node:zlib.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'icons');

const NAVY = '#1f2a44';
const PAPER_LINE = '#e6ecf6';
const YELLOW = '#ffd54a';
const TEAL = '#2ec4b6';
const TEAL_DARK = '#1f9e93';

// ---------------------------------------------------------------- shapes

const rgba = (hex, a = 1) => [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16), a];

/** Rounded rectangle, optionally with the top-right corner cut off along x - y > cut. */
function rrect(x0, y0, x1, y1, r, color, cut = null) {
  return {
    color,
    hit(x, y) {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      if (cut !== null && x - y > cut) return false;
      const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
      const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
      return dx * dx + dy * dy <= r * r;
    },
  };
}

/** Convex polygon (points in either winding order). */
function poly(pts, color) {
  return {
    color,
    hit(x, y) {
      let sign = 0;
      for (let i = 0; i < pts.length; i++) {
        const [ax, ay] = pts[i];
        const [bx, by] = pts[(i + 1) % pts.length];
        const c = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
        if (c !== 0) {
          const s = Math.sign(c);
          if (sign === 0) sign = s;
          else if (s !== sign) return false;
        }
      }
      return true;
    },
  };
}

/** Horizontal capsule (a text line). */
const capsule = (x0, x1, y0, y1, color) => rrect(x0, y0, x1, y1, (y1 - y0) / 2, color);

// ---------------------------------------------------------------- designs (in a 128-unit box)

/** Full design, used for 48 and 128 px and for icon.svg. Units: 128 box. */
const FULL = {
  page: { x0: 8, y0: 8, x1: 120, y1: 120, r: 20, fold: 36 },
  lines: [
    [26, 74, 28, 38],
    // line 2 has the highlighted word
    [26, 102, 82, 92],
    [26, 78, 100, 110],
  ],
  word: [26, 46, 55, 65], // plain word before the highlight
  highlight: [52, 102, 48, 72, 5], // yellow bar x0,x1,y0,y1,r
  marked: [58, 96, 55, 65], // the highlighted word itself (navy on yellow)
};

function fullShapes(s) {
  const k = s / 128;
  const { page, lines, word, highlight, marked } = FULL;
  const cut = (page.x1 - page.y0 - page.fold) * k;
  const shapes = [rrect(page.x0 * k, page.y0 * k, page.x1 * k, page.y1 * k, page.r * k, rgba(NAVY), cut)];
  // folded corner: triangle under the cut, with a darker crease
  const fx0 = (page.x1 - page.fold) * k;
  const fy1 = (page.y0 + page.fold) * k;
  shapes.push(
    poly(
      [
        [fx0, page.y0 * k],
        [page.x1 * k, fy1],
        [fx0, fy1],
      ],
      rgba(TEAL),
    ),
  );
  shapes.push(
    poly(
      [
        [fx0, fy1 - 5 * k],
        [fx0 + 5 * k, fy1],
        [fx0, fy1],
      ],
      rgba(TEAL_DARK),
    ),
  );
  for (const [x0, x1, y0, y1] of lines) shapes.push(capsule(x0 * k, x1 * k, y0 * k, y1 * k, rgba(PAPER_LINE)));
  shapes.push(capsule(word[0] * k, word[1] * k, word[2] * k, word[3] * k, rgba(PAPER_LINE)));
  const [hx0, hx1, hy0, hy1, hr] = highlight;
  shapes.push(rrect(hx0 * k, hy0 * k, hx1 * k, hy1 * k, hr * k, rgba(YELLOW)));
  shapes.push(capsule(marked[0] * k, marked[1] * k, marked[2] * k, marked[3] * k, rgba(NAVY)));
  return shapes;
}

/** Simplified, pixel-aligned design for 16 and 32 px. Units: 16 box. */
function smallShapes(s) {
  const k = s / 16;
  const shapes = [];
  // page: full bleed at 16 px (crisp edges), 1 px margin at 32 px; fold of 5 units
  const m = s >= 32 ? 0.5 : 0;
  const fold = 5;
  const e = 16 - m;
  shapes.push(rrect(m * k, m * k, e * k, e * k, 3 * k, rgba(NAVY), (e - m - fold) * k));
  shapes.push(
    poly(
      [
        [(e - fold) * k, m * k],
        [e * k, (m + fold) * k],
        [(e - fold) * k, (m + fold) * k],
      ],
      rgba(TEAL),
    ),
  );
  // line 1 (short, under the fold's left edge)
  shapes.push(rrect(3 * k, 3 * k, 9 * k, 5 * k, 0.5 * k, rgba(PAPER_LINE)));
  // highlighter bar across line 2
  shapes.push(rrect(2 * k, 7 * k, 14 * k, 11 * k, 1 * k, rgba(YELLOW)));
  if (s >= 32) shapes.push(rrect(4 * k, 8.5 * k, 12 * k, 9.5 * k, 0.5 * k, rgba(NAVY)));
  // line 3
  shapes.push(rrect(3 * k, 12 * k, 11 * k, 14 * k, 0.5 * k, rgba(PAPER_LINE)));
  return shapes;
}

// ---------------------------------------------------------------- raster

function render(size, shapes, ss = 4) {
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0; // premultiplied sums
      for (let j = 0; j < ss; j++) {
        for (let i = 0; i < ss; i++) {
          const sx = x + (i + 0.5) / ss;
          const sy = y + (j + 0.5) / ss;
          let cr = 0,
            cg = 0,
            cb = 0,
            ca = 0; // premultiplied, source-over
          for (const sh of shapes) {
            if (!sh.hit(sx, sy)) continue;
            const [R, G, B, A] = sh.color;
            cr = R * A + cr * (1 - A);
            cg = G * A + cg * (1 - A);
            cb = B * A + cb * (1 - A);
            ca = A + ca * (1 - A);
          }
          r += cr;
          g += cg;
          b += cb;
          a += ca;
        }
      }
      const n = ss * ss;
      const o = (y * size + x) * 4;
      const alpha = a / n;
      px[o + 3] = Math.round(alpha * 255);
      if (alpha > 0) {
        px[o] = Math.round(r / n / alpha);
        px[o + 1] = Math.round(g / n / alpha);
        px[o + 2] = Math.round(b / n / alpha);
      }
    }
  }
  return px;
}

// ---------------------------------------------------------------- PNG

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function encodePng(width, height, rgbaPixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type 0 (None)
    rgbaPixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- SVG (same full design)

function svg() {
  const { page, lines, word, highlight, marked } = FULL;
  const fx = page.x1 - page.fold;
  const fy = page.y0 + page.fold;
  const cap = ([x0, x1, y0, y1], fill) => `<rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}" rx="${(y1 - y0) / 2}" fill="${fill}"/>`;
  const r = page.r;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128" role="img" aria-label="Archyde Annotator">
  <title>Archyde Annotator</title>
  <path d="M${page.x0 + r} ${page.y0}H${fx}L${page.x1} ${fy}V${page.y1 - r}A${r} ${r} 0 0 1 ${page.x1 - r} ${page.y1}H${page.x0 + r}A${r} ${r} 0 0 1 ${page.x0} ${page.y1 - r}V${page.y0 + r}A${r} ${r} 0 0 1 ${page.x0 + r} ${page.y0}Z" fill="${NAVY}"/>
  <path d="M${fx} ${page.y0}L${page.x1} ${fy}H${fx}Z" fill="${TEAL}"/>
  <path d="M${fx} ${fy - 5}L${fx + 5} ${fy}H${fx}Z" fill="${TEAL_DARK}"/>
  ${lines.map((l) => cap(l, PAPER_LINE)).join('\n  ')}
  ${cap(word, PAPER_LINE)}
  <rect x="${highlight[0]}" y="${highlight[2]}" width="${highlight[1] - highlight[0]}" height="${highlight[3] - highlight[2]}" rx="${highlight[4]}" fill="${YELLOW}"/>
  ${cap(marked, NAVY)}
</svg>
`;
}

// ---------------------------------------------------------------- main

mkdirSync(OUT, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const shapes = size >= 48 ? fullShapes(size) : smallShapes(size);
  const png = encodePng(size, size, render(size, shapes));
  writeFileSync(join(OUT, `icon-${size}.png`), png);
  console.log(`icons/icon-${size}.png  ${png.length} bytes`);
}
writeFileSync(join(OUT, 'icon.svg'), svg());
console.log('icons/icon.svg');
