#!/usr/bin/env node
/**
 * Builds the offline article pages the e2e tests load in place of archyde.com.
 *
 *   node scripts/build-fixtures.mjs
 *
 * Writes e2e/fixtures/*.html and e2e/fixtures/pages.json. No dependencies and
 * no network: every page is self-contained (inline CSS, inline script, images
 * as data: URIs).
 *
 * The demo page's body is the seed article, one <p> per seed line, with the
 * text of each <p> equal to the seed line character for character. The seed is
 * read from e2e/fixtures/seed/ (a copy of the shared data's seed/, kept in the repo
 * so the fixtures can be rebuilt anywhere; SHARED_DIR names the shared data, default ../shared).
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'e2e', 'fixtures');
const SEED = join(OUT, 'seed', 'archyde-xi-putin.txt');
const SHARED_SEED = join(process.env.SHARED_DIR ?? join(ROOT, '..', 'shared'), 'seed', 'archyde-xi-putin.txt');

// ---------------------------------------------------------------- helpers

/** Escape text content (the seed has no markup; only &, <, > need escaping). */
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Escape an attribute value. */
const attr = (s) => esc(s).replace(/"/g, '&quot;');
const SITE = 'https://www.archyde.com';
const urlOf = (slug) => `${SITE}/${slug}/`;

function svgDataUri(svg) {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/** A placeholder "photo": abstract shapes only, no text, no external refs. */
function placeholderPhoto(w, h, c1, c2, accent) {
  return svgDataUri(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
      `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${c1}"/><stop offset="1" stop-color="${c2}"/></linearGradient></defs>` +
      `<rect width="${w}" height="${h}" fill="url(#g)"/>` +
      `<rect x="0" y="${Math.round(h * 0.72)}" width="${w}" height="${Math.round(h * 0.28)}" fill="#000" opacity=".25"/>` +
      `<circle cx="${Math.round(w * 0.36)}" cy="${Math.round(h * 0.42)}" r="${Math.round(h * 0.17)}" fill="${accent}" opacity=".8"/>` +
      `<circle cx="${Math.round(w * 0.64)}" cy="${Math.round(h * 0.42)}" r="${Math.round(h * 0.17)}" fill="#fff" opacity=".55"/>` +
      `<rect x="${Math.round(w * 0.2)}" y="${Math.round(h * 0.6)}" width="${Math.round(w * 0.6)}" height="${Math.round(h * 0.05)}" rx="6" fill="#fff" opacity=".35"/>` +
      `</svg>`,
  );
}

function avatar(bg, fg) {
  return svgDataUri(
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">` +
      `<rect width="64" height="64" fill="${bg}"/><circle cx="32" cy="25" r="12" fill="${fg}"/>` +
      `<path d="M10 60c2-14 12-20 22-20s20 6 22 20z" fill="${fg}"/></svg>`,
  );
}

const LOGO = svgDataUri(
  `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">` +
    `<rect width="32" height="32" rx="6" fill="#c4161c"/><path d="M9 24 16 7l7 17h-4l-1.4-4h-3.2L13 24zm5.6-7h2.8L16 12.8z" fill="#fff"/></svg>`,
);

// ---------------------------------------------------------------- seed

function readSeed() {
  let text = readFileSync(SEED, 'utf8');
  if (existsSync(SHARED_SEED) && readFileSync(SHARED_SEED, 'utf8') !== text) {
    console.warn(`warning: ${SHARED_SEED} differs from the repo copy; refreshing the copy`);
    text = readFileSync(SHARED_SEED, 'utf8');
    writeFileSync(SEED, text);
  }
  // One paragraph per line. Lines are kept exactly (no trimming); a stray CR is
  // dropped and a trailing empty line (final newline) is ignored.
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  if (lines.some((l) => l === '')) throw new Error('seed has an empty line in the middle');
  return lines;
}

// ---------------------------------------------------------------- 1. demo page (WordPress / tagDiv-like)

const DEMO_SLUG = 'xi-jinping-to-meet-vladimir-putin-in-samarkand';
const DEMO_HEADLINE = 'Xi Jinping to meet Vladimir Putin in Samarkand on first trip abroad since pandemic';
const POST_ID = 581234;
const GAZPROM_HREF = `${SITE}/tag/gazprom/`;

const WP_CSS = `
:root{--accent:#c4161c;--text:#222;--muted:#767676;--line:#e6e6e6;--bg:#fff}
*,*::before,*::after{box-sizing:border-box}
html{font-size:16px;-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font-family:"Roboto","Open Sans","Helvetica Neue",Arial,sans-serif;line-height:1.6}
a{color:var(--text);text-decoration:none}
a:hover{color:var(--accent)}
img{max-width:100%;height:auto;display:block}
.screen-reader-text{border:0;clip:rect(1px,1px,1px,1px);clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute!important;width:1px;word-wrap:normal!important}
.skip-link:focus{clip:auto;clip-path:none;height:auto;width:auto;left:6px;top:7px;padding:12px 20px;background:#f1f1f1;z-index:100000}
.td-container{max-width:1068px;margin:0 auto;padding:0 24px}
.td-header-top-menu{background:#111;color:#ccc;font-size:12px}
.td-header-top-menu .td-container{display:flex;justify-content:space-between;align-items:center;height:32px}
.td-header-top-menu a{color:#ccc;margin-left:14px}
.site-branding{display:flex;align-items:center;gap:12px;padding:22px 0}
.site-title{font-family:"Montserrat","Roboto",sans-serif;font-size:38px;font-weight:800;letter-spacing:-1px;margin:0}
.site-title a{color:#111}
.site-description{color:var(--muted);font-size:13px;margin:0}
.menu-toggle{display:none}
.main-navigation{background:#fff;border-top:1px solid var(--line);border-bottom:3px solid var(--accent)}
.main-navigation ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
.main-navigation li{position:relative}
.main-navigation a{display:block;padding:12px 14px;font-size:14px;font-weight:700;text-transform:uppercase;letter-spacing:.3px}
.main-navigation .sub-menu{display:none;position:absolute;top:100%;left:0;background:#fff;box-shadow:0 4px 10px rgba(0,0,0,.12);min-width:200px;z-index:10;flex-direction:column}
.main-navigation li:hover>.sub-menu{display:flex}
.main-navigation .sub-menu a{text-transform:none;font-weight:500}
.td-trending-now{border-bottom:1px solid var(--line);font-size:13px;padding:8px 0}
.td-trending-now strong{background:var(--accent);color:#fff;padding:2px 8px;margin-right:8px}
.breadcrumbs{font-size:12px;color:var(--muted);margin:22px 0 10px}
.breadcrumbs a{color:var(--muted)}
.td-pb-row{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:48px}
.entry-header .cat-links a{background:var(--accent);color:#fff;font-size:11px;padding:3px 8px;text-transform:uppercase;font-weight:700}
.entry-title{font-family:"Roboto Slab","Georgia",serif;font-size:40px;line-height:1.2;font-weight:700;margin:14px 0 12px;letter-spacing:-.4px}
.entry-meta{font-size:13px;color:var(--muted);display:flex;gap:14px;flex-wrap:wrap;margin-bottom:18px}
.entry-meta .author a{color:#111;font-weight:700}
.post-thumbnail{margin:0 0 26px}
.post-thumbnail figcaption,.wp-caption-text{font-size:12px;color:var(--muted);font-style:italic;padding-top:6px}
.entry-content{font-family:"Verdana","Open Sans",sans-serif;font-size:17px}
.entry-content p{margin:0 0 26px;line-height:1.74;color:#222;word-wrap:break-word}
.entry-content a{color:var(--accent);text-decoration:underline}
.code-block{margin:8px auto 26px;text-align:center;display:block;clear:both}
.code-block .ad-label{display:block;font-size:10px;color:#aaa;text-transform:uppercase;letter-spacing:1px;margin-bottom:4px}
.code-block .ad-creative{display:flex;align-items:center;gap:16px;border:1px solid var(--line);background:#fafafa;padding:14px 18px;text-align:left;font-family:Arial,sans-serif;font-size:14px}
.code-block .ad-creative a{color:#1a0dab;text-decoration:none;font-weight:700}
.code-block .ad-creative img{width:96px;height:64px}
.read-also{border-left:4px solid var(--accent);background:#f7f7f7;padding:12px 16px;margin:0 0 26px;font-size:15px}
.read-also a{color:#111;text-decoration:none;font-weight:700}
.tags-links{margin:30px 0 18px;font-size:13px}
.tags-links span.tags-title{background:#222;color:#fff;padding:4px 10px;margin-right:6px;text-transform:uppercase;font-weight:700}
.tags-links a{display:inline-block;border:1px solid var(--line);padding:3px 10px;margin:0 4px 6px 0}
.td-post-sharing{display:flex;gap:8px;margin:18px 0 30px}
.td-post-sharing a{color:#fff;font-size:13px;font-weight:700;padding:8px 16px;border-radius:2px}
.td-social-facebook{background:#516eab}.td-social-twitter{background:#29c5f6}.td-social-whatsapp{background:#7bbf6a}.td-social-telegram{background:#179cde}
.author-box-wrap{display:flex;gap:18px;border:1px solid var(--line);padding:21px;margin-bottom:34px}
.author-box-wrap img{width:96px;height:96px;border-radius:50%}
.author-box-wrap .td-author-name{font-weight:700;font-size:16px}
.author-box-wrap .td-author-description{font-size:13px;color:#444;margin:6px 0 0}
.td-related-title{font-size:17px;font-weight:700;text-transform:uppercase;border-bottom:2px solid #222;padding-bottom:6px}
.td-related-row{display:grid;grid-template-columns:repeat(3,1fr);gap:20px;margin:16px 0 40px}
.td-related-span4 h3{font-size:14px;line-height:1.35;margin:8px 0 0}
.comments-area{margin-top:20px}
.comments-title,.comment-reply-title{font-size:18px;font-weight:700}
.comment-list{list-style:none;padding:0}
.comment-body{border-bottom:1px solid var(--line);padding:16px 0}
.comment-author{display:flex;align-items:center;gap:10px;font-weight:700}
.comment-author img{width:40px;height:40px;border-radius:50%}
.comment-metadata{font-size:12px;color:var(--muted)}
.comment-content p{margin:8px 0;font-size:14px}
.comment-form label{display:block;font-size:13px;font-weight:700;margin-bottom:4px}
.comment-form input[type=text],.comment-form input[type=email],.comment-form input[type=url],.comment-form textarea{width:100%;border:1px solid #ccc;padding:8px 10px;font:inherit;font-size:14px;margin-bottom:12px}
.comment-form .submit{background:#222;color:#fff;border:0;padding:10px 22px;font-weight:700;cursor:pointer}
.widget-area .widget{margin-bottom:36px}
.widget-title{font-size:15px;text-transform:uppercase;font-weight:800;border-bottom:2px solid var(--accent);padding-bottom:6px;margin:0 0 12px}
.widget ul{list-style:none;padding:0;margin:0}
.widget li{border-bottom:1px dashed var(--line);padding:8px 0;font-size:14px;line-height:1.4}
.widget li .count{color:var(--accent);font-weight:800;margin-right:6px}
.newsletter input{width:100%;padding:8px;border:1px solid #ccc;margin:6px 0}
.site-footer{background:#111;color:#aaa;font-size:13px;margin-top:40px}
.site-footer .td-container{display:flex;justify-content:space-between;flex-wrap:wrap;padding:26px 24px}
.site-footer a{color:#ddd;margin-right:16px}
@media (max-width:900px){.td-pb-row{grid-template-columns:1fr}.entry-title{font-size:28px}.td-related-row{grid-template-columns:1fr}}
`;

/**
 * Inside-body noise, inserted AFTER the seed paragraph with the given index
 * (0-based). None of it uses <p>, so `.entry-content > p` is exactly the seed.
 */
function demoInserts() {
  const adImg = placeholderPhoto(96, 64, '#0b1f4b', '#2d5ad6', '#9fd3ff');
  return new Map([
    [
      1,
      `<div class="code-block code-block-2 ads" style="margin: 8px auto; text-align: center; display: block; clear: both;">
<span class="ad-label">Advertisement</span>
<div class="ad-creative"><img src="${adImg}" width="96" height="64" alt=""><div><a href="https://www.archyde.com/go/samsung-galaxy-z-fold4/" rel="sponsored nofollow">Samsung Galaxy Z Fold4</a><br><span>Unfold your world. Pre-order now and get free Galaxy Buds2 Pro.</span></div></div>
</div>`,
    ],
    [
      4,
      `<div class="read-also"><strong>Read also:</strong> <a href="${urlOf('emmanuel-macron-visits-berlin-to-meet-olaf-scholz')}">Emmanuel Macron visits Berlin to meet Olaf Scholz</a></div>`,
    ],
    [
      9,
      `<div class="code-block code-block-3 ads" style="margin: 8px auto; text-align: center; display: block; clear: both;">
<span class="ad-label">Advertisement</span>
<div class="ad-creative"><img src="${adImg}" width="96" height="64" alt=""><div><a href="https://www.archyde.com/go/lufthansa-autumn-sale/" rel="sponsored nofollow">Lufthansa Autumn Sale</a><br><span>Fly from Frankfurt to New York from €399. Book with Miles &amp; More.</span></div></div>
</div>`,
    ],
    [
      13,
      `<div class="read-also"><strong>Read also:</strong> <a href="${urlOf('liz-truss-names-kwasi-kwarteng-chancellor')}">Liz Truss names Kwasi Kwarteng as Chancellor of the Exchequer</a></div>`,
    ],
  ]);
}

/** Render one seed line; the Gazprom paragraph gets the in-body tag link. */
function demoParagraph(line, state) {
  let html = esc(line);
  if (!state.gazpromLinked && line.includes('Gazprom')) {
    html = html.replace('Gazprom', `<a href="${GAZPROM_HREF}">Gazprom</a>`);
    state.gazpromLinked = true;
    state.gazpromParagraph = state.index;
  }
  return `<p>${html}</p>`;
}

function buildDemo(seedLines) {
  const url = urlOf(DEMO_SLUG);
  const inserts = demoInserts();
  const state = { gazpromLinked: false, gazpromParagraph: -1, index: 0 };
  const body = [];
  seedLines.forEach((line, i) => {
    state.index = i;
    body.push(demoParagraph(line, state));
    if (inserts.has(i)) body.push(inserts.get(i));
  });
  if (!state.gazpromLinked) throw new Error('seed has no "Gazprom" to link');

  const excerpt = seedLines[0].slice(0, 155).replace(/\s+\S*$/, '') + '…';
  const photo = placeholderPhoto(1068, 600, '#6b1d1d', '#1d2f6b', '#d9b44a');
  const jsonLd = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        '@id': `${url}#article`,
        mainEntityOfPage: { '@id': url },
        headline: DEMO_HEADLINE,
        datePublished: '2022-09-12T08:15:22+00:00',
        dateModified: '2022-09-12T09:02:41+00:00',
        author: { '@type': 'Person', name: 'Guy Faulconbridge', url: `${SITE}/author/guy-faulconbridge/` },
        publisher: { '@id': `${SITE}/#organization` },
        image: { '@type': 'ImageObject', url: `${SITE}/wp-content/uploads/2022/09/xi-putin-samarkand.jpg`, width: 1068, height: 600 },
        articleSection: ['World'],
        keywords: ['Vladimir Putin', 'Xi Jinping', 'SCO Summit'],
        inLanguage: 'en-US',
      },
      {
        '@type': 'Organization',
        '@id': `${SITE}/#organization`,
        name: 'Archyde',
        url: `${SITE}/`,
        logo: { '@type': 'ImageObject', url: `${SITE}/wp-content/uploads/archyde-logo.png` },
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/` },
          { '@type': 'ListItem', position: 2, name: 'World', item: `${SITE}/category/world/` },
          { '@type': 'ListItem', position: 3, name: 'Xi Jinping and Vladimir Putin to meet in Samarkand' },
        ],
      },
    ],
  };

  const menu = [
    ['World', 'category/world', ['Europe', 'Middle East', 'China', 'Africa', 'Americas']],
    ['Politics', 'category/politics', ['Joe Biden News', 'Vladimir Putin', 'Rishi Sunak']],
    ['Business', 'category/business', ['Markets', 'Wall Street', 'Energy']],
    ['Technology', 'category/technology', ['Apple', 'Google', 'Artificial Intelligence']],
    ['Health', 'category/health', []],
    ['Sport', 'category/sport', ['Premier League', 'Champions League', 'Formula 1']],
    ['Entertainment', 'category/entertainment', []],
  ];
  let menuId = 1100;
  const menuHtml = menu
    .map(([name, path, subs]) => {
      const id = menuId++;
      const sub = subs.length
        ? `\n<ul class="sub-menu">${subs
            .map(
              (s) =>
                `<li id="menu-item-${menuId++}" class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="${SITE}/category/${s.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/">${esc(s)}</a></li>`,
            )
            .join('')}</ul>`
        : '';
      const cls = `menu-item menu-item-type-taxonomy menu-item-object-category${subs.length ? ' menu-item-has-children' : ''}${name === 'World' ? ' current-post-ancestor current-menu-parent' : ''}`;
      return `<li id="menu-item-${id}" class="${cls}"><a href="${SITE}/${path}/">${esc(name)}</a>${sub}</li>`;
    })
    .join('\n');

  const trending = [
    'Elon Musk completes Twitter takeover talks',
    'Taylor Swift announces new album Midnights',
    'Kyiv counter-offensive reaches Kharkiv region',
    'NATO ministers meet in Brussels',
    'Queen Elizabeth II: mourners queue along the Thames',
  ];
  const related = [
    ['Related: Joe Biden meets Narendra Modi in Washington', 'joe-biden-meets-narendra-modi-in-washington'],
    ['Recep Tayyip Erdogan to join Shanghai summit talks', 'recep-tayyip-erdogan-to-join-shanghai-summit-talks'],
    ['Olaf Scholz calls Vladimir Putin for 90 minutes', 'olaf-scholz-calls-vladimir-putin'],
  ];

  return `<!DOCTYPE html>
<html lang="en-US" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(DEMO_HEADLINE)} - Archyde</title>
<meta name="description" content="${attr(excerpt)}">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="${url}">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="${attr(DEMO_HEADLINE)}">
<meta property="og:description" content="${attr(excerpt)}">
<meta property="og:url" content="${url}">
<meta property="og:site_name" content="Archyde">
<meta property="article:section" content="World">
<meta property="article:tag" content="Vladimir Putin">
<meta property="article:tag" content="Xi Jinping">
<meta property="article:tag" content="SCO Summit">
<meta property="article:published_time" content="2022-09-12T08:15:22+00:00">
<meta property="article:modified_time" content="2022-09-12T09:02:41+00:00">
<meta property="og:image" content="${SITE}/wp-content/uploads/2022/09/xi-putin-samarkand.jpg">
<meta property="og:image:width" content="1068">
<meta property="og:image:height" content="600">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Guy Faulconbridge">
<meta name="generator" content="WordPress 6.0.2">
<link rel="icon" href="${LOGO}" sizes="32x32">
<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>
<style id="td-theme-inline-css">${WP_CSS}</style>
<script>
/* theme bootstrap (demo fixture: no network, no side effects beyond these globals) */
window.__theme = 'demo';
window.tdLocalCache = { data: {}, has: function (k) { return k in this.data; } };
document.documentElement.classList.add('js');
</script>
</head>
<body class="post-template-default single single-post postid-${POST_ID} single-format-standard td-standard-pack global-block-template-1 wp-embed-responsive">
<div id="page" class="site td-theme-wrap">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header td-header-wrap" role="banner">
<div class="td-header-top-menu"><div class="td-container">
<div class="td-header-date">Monday, September 12, 2022</div>
<div class="top-header-menu"><a href="${SITE}/about-us/">About Us</a><a href="${SITE}/contact/">Contact</a><a href="${SITE}/newsletter/">Newsletter</a></div>
</div></div>
<div class="td-container">
<div class="site-branding">
<a href="${SITE}/" class="custom-logo-link" rel="home"><img src="${LOGO}" class="custom-logo" width="32" height="32" alt="Archyde"></a>
<div><p class="site-title"><a href="${SITE}/" rel="home">Archyde</a></p>
<p class="site-description">World News, Politics, Business and Technology</p></div>
</div>
</div>
<nav id="site-navigation" class="main-navigation" aria-label="Main menu"><div class="td-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu nav-menu">
<li id="menu-item-1090" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home"><a href="${SITE}/">Home</a></li>
${menuHtml}
</ul>
</div></nav>
<div class="td-trending-now"><div class="td-container"><strong>Trending Now</strong> <a href="${urlOf('mikhail-gorbachev-funeral-held-in-moscow')}">Mikhail Gorbachev funeral held in Moscow</a></div></div>
</header>

<div id="content" class="site-content td-main-content-wrap">
<div class="td-container">
<nav class="breadcrumbs td-crumb-container" aria-label="Breadcrumbs"><span><a href="${SITE}/">Home</a></span> <span class="sep">&gt;</span> <span><a href="${SITE}/category/world/">World</a></span> <span class="sep">&gt;</span> <span class="breadcrumb_last" aria-current="page">Xi Jinping and Vladimir Putin to meet in Samarkand</span></nav>
<div class="td-pb-row">
<main id="primary" class="site-main td-main-content" role="main">
<article id="post-${POST_ID}" class="post-${POST_ID} post type-post status-publish format-standard has-post-thumbnail hentry category-world tag-vladimir-putin tag-xi-jinping tag-sco-summit" itemscope itemtype="https://schema.org/NewsArticle">
<header class="entry-header td-post-header">
<div class="cat-links td-category"><a href="${SITE}/category/world/" rel="category tag">World</a></div>
<h1 class="entry-title" itemprop="headline">${esc(DEMO_HEADLINE)}</h1>
<div class="entry-meta td-module-meta-info">
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="${SITE}/author/guy-faulconbridge/" rel="author">Guy Faulconbridge</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2022-09-12T08:15:22+00:00" itemprop="datePublished">September 12, 2022</time><time class="updated" datetime="2022-09-12T09:02:41+00:00" hidden>September 12, 2022</time></span>
<span class="td-post-views">1,284 views</span>
<span class="comments-link"><a href="#comments">2 Comments</a></span>
</div>
</header>
<figure class="post-thumbnail td-post-featured-image">
<img width="1068" height="600" src="${photo}" class="attachment-td_1068x0 size-td_1068x0 wp-post-image" alt="Chinese President Xi Jinping and Russian President Vladimir Putin" decoding="async" itemprop="image">
<figcaption class="wp-caption-text">Chinese President Xi Jinping and Russian President Vladimir Putin at an earlier meeting. Photo: Sputnik/Kremlin via Reuters</figcaption>
</figure>
<div class="entry-content td-post-content" itemprop="articleBody">
${body.join('\n')}
</div>
<footer class="entry-footer">
<div class="tags-links td-post-source-tags"><span class="tags-title">Tags</span><a href="${SITE}/tag/vladimir-putin/" rel="tag">Vladimir Putin</a><a href="${SITE}/tag/xi-jinping/" rel="tag">Xi Jinping</a><a href="${SITE}/tag/sco-summit/" rel="tag">SCO Summit</a></div>
<div class="td-post-sharing td-post-sharing-bottom">
<a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u=${encodeURIComponent(url)}" target="_blank" rel="nofollow noopener">Facebook</a>
<a class="td-social-sharing-button td-social-twitter" href="https://twitter.com/intent/tweet?text=${encodeURIComponent(DEMO_HEADLINE)}&amp;url=${encodeURIComponent(url)}" target="_blank" rel="nofollow noopener">Twitter</a>
<a class="td-social-sharing-button td-social-whatsapp" href="https://api.whatsapp.com/send?text=${encodeURIComponent(url)}" target="_blank" rel="nofollow noopener">WhatsApp</a>
<a class="td-social-sharing-button td-social-telegram" href="https://t.me/share/url?url=${encodeURIComponent(url)}" target="_blank" rel="nofollow noopener">Telegram</a>
</div>
</footer>
</article>

<div class="author-box-wrap">
<img src="${avatar('#d7dce5', '#7a869c')}" width="96" height="96" alt="" class="avatar avatar-96 photo">
<div class="desc">
<div class="td-author-name vcard author"><span class="fn"><a href="${SITE}/author/guy-faulconbridge/">Guy Faulconbridge</a></span></div>
<p class="td-author-description">Moscow bureau chief covering Russia, the Kremlin and the former Soviet Union. Previously reported from London on Brexit and British politics.</p>
</div>
</div>

<div class="td_block_related_posts">
<h4 class="td-related-title"><span>Related Posts</span></h4>
<div class="td-related-row">
${related
  .map(
    ([title, slug]) =>
      `<div class="td-related-span4"><a href="${urlOf(slug)}"><img src="${placeholderPhoto(218, 150, '#333', '#777', '#bbb')}" width="218" height="150" alt=""></a><h3 class="entry-title td-module-title"><a href="${urlOf(slug)}" rel="bookmark">${esc(title)}</a></h3></div>`,
  )
  .join('\n')}
</div>
</div>

<div id="comments" class="comments-area">
<h2 class="comments-title">2 thoughts on “${esc(DEMO_HEADLINE)}”</h2>
<ol class="comment-list">
<li id="comment-90211" class="comment even thread-even depth-1">
<article id="div-comment-90211" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img src="${avatar('#cfe3d9', '#5d8a74')}" width="40" height="40" alt="" class="avatar"><b class="fn">John Smith</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="${url}#comment-90211"><time datetime="2022-09-12T10:41:07+00:00">September 12, 2022 at 10:41 am</time></a></div></footer>
<div class="comment-content"><p>Boris Johnson would have had something to say about this. Interesting that London and Washington are so quiet.</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="${url}?replytocom=90211#respond" aria-label="Reply to John Smith">Reply</a></div>
</article>
</li>
<li id="comment-90230" class="comment odd alt thread-odd thread-alt depth-1">
<article id="div-comment-90230" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img src="${avatar('#eadbcf', '#9a7558')}" width="40" height="40" alt="" class="avatar"><b class="fn">Maria Garcia</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="${url}#comment-90230"><time datetime="2022-09-12T12:03:55+00:00">September 12, 2022 at 12:03 pm</time></a></div></footer>
<div class="comment-content"><p>@John Smith Boris Johnson is not even Prime Minister any more. Madrid and Paris should be watching Samarkand closely though.</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="${url}?replytocom=90230#respond" aria-label="Reply to Maria Garcia">Reply</a></div>
</article>
</li>
</ol>
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="${SITE}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required></p>
<p class="comment-form-url"><label for="url">Website</label><input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url"></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"><input type="hidden" name="comment_post_ID" value="${POST_ID}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>
</form>
</div>
</div>
</main>

<aside id="secondary" class="widget-area td-main-sidebar" role="complementary">
<section id="td_block_trending" class="widget widget_trending">
<h2 class="widget-title">Trending</h2>
<ul>
${trending
  .map(
    (t, i) =>
      `<li><span class="count">${i + 1}</span><a href="${urlOf(
        t
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/-$/, ''),
      )}">${esc(t)}</a></li>`,
  )
  .join('\n')}
</ul>
</section>
<section id="categories-3" class="widget widget_categories">
<h2 class="widget-title">Categories</h2>
<ul>
<li class="cat-item"><a href="${SITE}/category/world/">World</a> (18,402)</li>
<li class="cat-item"><a href="${SITE}/category/politics/">Politics</a> (9,117)</li>
<li class="cat-item"><a href="${SITE}/category/business/">Business</a> (7,560)</li>
<li class="cat-item"><a href="${SITE}/category/technology/">Technology</a> (5,238)</li>
</ul>
</section>
<section id="newsletter-2" class="widget newsletter">
<h2 class="widget-title">Newsletter</h2>
<form action="#" onsubmit="return false"><label for="nl-email">The Morning Brief from Archyde, every day at 7am</label><input id="nl-email" type="email" placeholder="Your email address"><button type="submit">Subscribe</button></form>
</section>
</aside>
</div>
</div>
</div>

<footer id="colophon" class="site-footer td-footer-wrapper" role="contentinfo">
<div class="td-container">
<div class="site-info">© 2022 Archyde. All rights reserved.</div>
<nav class="footer-navigation" aria-label="Footer menu"><a href="${SITE}/about-us/">About Us</a><a href="${SITE}/privacy-policy/">Privacy Policy</a><a href="${SITE}/contact/">Contact</a><a href="${SITE}/terms-of-use/">Terms of Use</a></nav>
</div>
</footer>
</div>
</body>
</html>
`;
}

// ---------------------------------------------------------------- 2. other layouts

const LAYOUT_A = {
  file: 'layout-generic-article.html',
  slug: 'angela-merkel-warns-eu-leaders-in-brussels-on-defence',
  headline: 'Angela Merkel warns European Union leaders in Brussels against going it alone on defence',
  date: '2023-03-14T11:20:00+01:00',
  dateText: 'March 14, 2023',
  author: 'Sophie Lambert',
  paragraphs: [
    'BRUSSELS (Archyde.com) – Former German Chancellor Angela Merkel returned to Brussels on Tuesday for the first time since leaving office, telling a conference of the European People’s Party that the European Union could not afford to let its member states drift apart on defence spending.',
    'Speaking alongside European Commission President Ursula von der Leyen at the Egmont Palace, Mrs. Merkel said that Germany, France and Poland had to agree on a common plan before the next summit of the European Council. “Europe has been strongest when it acted together, and weakest when each capital believed it could manage alone,” she said.',
    'Her remarks come as Charles Michel, the President of the European Council, prepares a two-day meeting in Brussels where leaders will discuss a €100 billion fund for joint arms purchases. Diplomats from the Netherlands and Denmark have already signalled doubts about the plan, arguing that NATO remains the right forum for such decisions.',
    'Armin Laschet, who led the Christian Democratic Union into the 2021 election, told reporters outside the Berlaymont building that Mrs. Merkel’s intervention was “a reminder of what is at stake”. The Kiel Institute for the World Economy estimated last month that European military aid to Ukraine had fallen by almost half since January.',
  ],
  expectedInBody: [
    { text: 'Angela Merkel', type: 'PERSON' },
    { text: 'Ursula von der Leyen', type: 'PERSON' },
    { text: 'Charles Michel', type: 'PERSON' },
    { text: 'Armin Laschet', type: 'PERSON' },
    { text: 'European Union', type: 'ORG' },
    { text: 'European Commission', type: 'ORG' },
    { text: 'Kiel Institute for the World Economy', type: 'ORG' },
    { text: 'Brussels', type: 'PLACE' },
    { text: 'Poland', type: 'PLACE' },
  ],
  nav: ['Europe', 'Olaf Scholz', 'Emmanuel Macron', 'Giorgia Meloni', 'United Kingdom', 'Ukraine War'],
  sidebar: [
    'Pedro Sánchez calls snap election in Madrid',
    'Giorgia Meloni meets Mark Rutte in The Hague',
    'Lisbon hosts Web Summit as Paddy Cosgrave steps down',
    'Viktor Orbán blocks Sweden’s NATO bid again',
  ],
  caption: 'Angela Merkel in Brussels. Photo: Olivier Hoslet/EPA',
  outsideNames: [
    'Olaf Scholz',
    'Emmanuel Macron',
    'Giorgia Meloni',
    'Pedro Sánchez',
    'Mark Rutte',
    'The Hague',
    'Viktor Orbán',
    'Sweden',
    'Lisbon',
    'Paddy Cosgrave',
    'Archyde Media Group',
  ],
  nonBodyNamesInsideArticle: ['Sophie Lambert', 'Olivier Hoslet'],
};

const LAYOUT_B = {
  file: 'layout-itemprop.html',
  slug: 'antonio-guterres-urges-climate-finance-deal-at-geneva-talks',
  headline: 'António Guterres urges climate finance deal at Geneva talks as rich and poor nations trade barbs',
  date: '2024-06-10T09:05:00+02:00',
  dateText: '10 June 2024',
  author: 'Clara Meier',
  paragraphs: [
    'GENEVA (Archyde.com) – United Nations Secretary-General António Guterres opened a three-day meeting at the Palais des Nations on Monday with a warning that the world’s poorest countries “cannot wait another decade” for the climate finance they were promised in Paris.',
    'Mr. Guterres was joined by Volker Türk, the UN High Commissioner for Human Rights, and by Inger Andersen, the head of the United Nations Environment Programme. Delegations from Brazil, Côte d’Ivoire and Bangladesh pressed for a new fund to be administered by the World Bank, while envoys from Switzerland and Norway called for stricter reporting rules.',
    'China’s ambassador, Chen Xu (陈旭), said Beijing was “ready to share its experience” with developing nations, adding: “Solidarity is not a slogan 🌍 — it is a budget line.”',
    'Outside the venue, several hundred activists from Fridays for Future marched from the Place des Nations to the shore of Lake Geneva, led by the Ugandan campaigner Vanessa Nakate. “We’ve heard enough promises,” Ms. Nakate told reporters. “Now we need the money to arrive.”',
    'The talks are scheduled to end on Wednesday with a joint statement that will be forwarded to the COP29 presidency in Baku, Azerbaijan, ahead of the November summit.',
  ],
  expectedInBody: [
    { text: 'António Guterres', type: 'PERSON' },
    { text: 'Volker Türk', type: 'PERSON' },
    { text: 'Inger Andersen', type: 'PERSON' },
    { text: 'Chen Xu', type: 'PERSON' },
    { text: 'Vanessa Nakate', type: 'PERSON' },
    { text: 'United Nations', type: 'ORG' },
    { text: 'World Bank', type: 'ORG' },
    { text: 'Geneva', type: 'PLACE' },
    { text: 'Côte d’Ivoire', type: 'PLACE' },
    { text: 'Azerbaijan', type: 'PLACE' },
  ],
  nav: ['World', 'United States', 'Latin America', 'Asia Pacific', 'Climate', 'Human Rights'],
  sidebar: [
    'Narendra Modi sworn in for a third term in New Delhi',
    'Claudia Sheinbaum wins Mexico presidential election',
    'Greta Thunberg detained at protest in Copenhagen',
    'World Health Organization approves pandemic accord draft',
  ],
  outsideNames: [
    'Narendra Modi',
    'New Delhi',
    'Claudia Sheinbaum',
    'Mexico',
    'Greta Thunberg',
    'Copenhagen',
    'World Health Organization',
    'Latin America',
    'Asia Pacific',
    'Reuters',
  ],
  nonBodyNamesInsideArticle: ['Clara Meier'],
};

const LAYOUT_C = {
  file: 'layout-div-soup.html',
  slug: 'nvidia-chief-jensen-huang-says-apple-talks-going-well',
  headline: 'Nvidia chief Jensen Huang says Apple talks are going well as Santa Clara firm tops $3 trillion',
  date: '2024-06-19T17:45:00-07:00',
  dateText: 'Jun 19, 2024 5:45 PM PDT',
  author: 'Daniel Okafor',
  paragraphs: [
    'SAN FRANCISCO (Archyde.com) – Nvidia chief executive Jensen Huang said on Wednesday that his company was in advanced talks with Apple over supplying artificial-intelligence servers for the iPhone maker’s data centres, a move that would end years of frosty relations between the two Californian technology giants.',
    'Speaking at a developer event in San Jose, Mr. Huang said demand for the company’s Blackwell processors was “insane” and that Taiwan Semiconductor Manufacturing Company had agreed to expand production at its plants in Hsinchu and Arizona. Shares of Nvidia, which is based in Santa Clara, rose 4 percent in New York trading, valuing the company at more than $3 trillion.',
    'Apple, headquartered in Cupertino, has so far relied largely on its own chips and on capacity rented from Google Cloud to train the models behind Apple Intelligence. Tim Cook, Apple’s chief executive, told analysts last month that the company was “investing significantly” in server infrastructure, without naming suppliers.',
    'Analysts at Morgan Stanley said a deal could be worth several billion dollars a year. Lisa Su, the head of rival Advanced Micro Devices, has also courted Apple, according to two people familiar with the matter who asked not to be named because the discussions are private.',
  ],
  expectedInBody: [
    { text: 'Jensen Huang', type: 'PERSON' },
    { text: 'Tim Cook', type: 'PERSON' },
    { text: 'Lisa Su', type: 'PERSON' },
    { text: 'Nvidia', type: 'ORG' },
    { text: 'Taiwan Semiconductor Manufacturing Company', type: 'ORG' },
    { text: 'Morgan Stanley', type: 'ORG' },
    { text: 'Advanced Micro Devices', type: 'ORG' },
    { text: 'San Jose', type: 'PLACE' },
    { text: 'Cupertino', type: 'PLACE' },
    { text: 'Santa Clara', type: 'PLACE' },
  ],
  nav: ['Tech', 'Silicon Valley', 'Elon Musk', 'Mark Zuckerberg', 'Microsoft', 'Samsung', 'Crypto'],
  sidebar: [
    'Sam Altman returns to OpenAI board',
    'Satya Nadella unveils Copilot PCs in Redmond',
    'Sundar Pichai defends Google search changes',
    'Jeff Bezos sells Amazon shares',
    'Masayoshi Son bets on Arm',
  ],
  outsideNames: [
    'Elon Musk',
    'Mark Zuckerberg',
    'Microsoft',
    'Samsung',
    'Sam Altman',
    'OpenAI',
    'Satya Nadella',
    'Redmond',
    'Sundar Pichai',
    'Jeff Bezos',
    'Amazon',
    'Masayoshi Son',
    'Silicon Valley',
  ],
  nonBodyNamesInsideArticle: ['Daniel Okafor'],
};

function headCommon(p, css) {
  const url = urlOf(p.slug);
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: p.headline,
    datePublished: p.date,
    author: { '@type': 'Person', name: p.author },
    publisher: { '@type': 'Organization', name: 'Archyde' },
    mainEntityOfPage: url,
  };
  return `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(p.headline)} | Archyde</title>
<link rel="canonical" href="${url}">
<meta name="description" content="${attr(p.paragraphs[0].slice(0, 150).replace(/\s+\S*$/, ''))}…">
<meta property="og:type" content="article">
<meta property="og:title" content="${attr(p.headline)}">
<meta property="og:url" content="${url}">
<meta property="og:site_name" content="Archyde">
<meta property="article:published_time" content="${p.date}">
<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>
<style>${css}</style>
<script>window.__theme = 'demo';</script>`;
}

const slugify = (s) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** a. HTML5 <main><article>, no WordPress classes, no itemprop. */
function buildGeneric(p) {
  const css = `
body{margin:0;font:17px/1.65 Georgia,"Times New Roman",serif;color:#1b1b1b;background:#fdfcf9}
a{color:#0b4f8a}
.site-header{border-bottom:1px solid #ddd;padding:14px 32px;display:flex;gap:28px;align-items:center;font-family:system-ui,sans-serif}
.brand{font-weight:800;font-size:26px;letter-spacing:-.5px}
.site-header nav ul{display:flex;gap:18px;list-style:none;margin:0;padding:0;font-size:14px}
.layout{display:grid;grid-template-columns:minmax(0,680px) 280px;gap:56px;max-width:1040px;margin:32px auto;padding:0 24px}
article h1{font-size:38px;line-height:1.15;margin:0 0 12px}
article header .byline{font:14px system-ui,sans-serif;color:#666;margin-bottom:20px}
article figure{margin:0 0 24px}article figure img{width:100%;height:auto}
article figcaption{font:13px system-ui,sans-serif;color:#666;margin-top:6px}
article > p{margin:0 0 1.2em}
.more{font-family:system-ui,sans-serif;font-size:14px}
.more h2{font-size:15px;text-transform:uppercase;letter-spacing:.5px}
.more ul{list-style:none;padding:0}.more li{padding:8px 0;border-bottom:1px solid #eee}
.site-footer{border-top:1px solid #ddd;padding:20px 32px;font:13px system-ui,sans-serif;color:#777}
.site-footer a{margin-right:14px;color:#555}`;
  const url = urlOf(p.slug);
  return `<!DOCTYPE html>
<html lang="en">
<head>
${headCommon(p, css)}
</head>
<body>
<header class="site-header">
<div class="brand"><a href="${SITE}/">Archyde</a></div>
<nav aria-label="Sections"><ul>
${p.nav.map((n) => `<li><a href="${SITE}/topic/${slugify(n)}/">${esc(n)}</a></li>`).join('\n')}
</ul></nav>
</header>
<div class="layout">
<main id="main">
<article>
<header>
<h1>${esc(p.headline)}</h1>
<div class="byline">By <a rel="author" href="${SITE}/author/${slugify(p.author)}/">${esc(p.author)}</a> · <time datetime="${p.date}">${esc(p.dateText)}</time></div>
</header>
<figure>
<img src="${placeholderPhoto(680, 383, '#1c3d6e', '#f2c14e', '#ffffff')}" width="680" height="383" alt="">
<figcaption>${esc(p.caption)}</figcaption>
</figure>
${p.paragraphs.map((t) => `<p>${esc(t)}</p>`).join('\n')}
</article>
</main>
<aside class="more" aria-label="More news">
<h2>Most read in Europe</h2>
<ul>
${p.sidebar.map((t) => `<li><a href="${urlOf(slugify(t))}">${esc(t)}</a></li>`).join('\n')}
</ul>
<h2>Follow us</h2>
<ul><li><a href="https://www.facebook.com/archyde">Facebook</a></li><li><a href="https://twitter.com/archyde">Twitter</a></li></ul>
</aside>
</div>
<footer class="site-footer">
<div>© 2023 Archyde Media Group · <a href="${SITE}/about-us/">About Us</a><a href="${SITE}/privacy-policy/">Privacy Policy</a><a href="${SITE}/contact/">Contact</a></div>
<div>Permalink: <a href="${url}">${url}</a></div>
</footer>
</body>
</html>
`;
}

/** b. schema.org microdata, divs everywhere, no <article>. */
function buildItemprop(p) {
  const css = `
body{margin:0;font:16px/1.6 "Helvetica Neue",Arial,sans-serif;color:#202124}
a{color:#1a4d8f;text-decoration:none}
.c-top{background:#0a2342;color:#fff;padding:10px 28px;display:flex;justify-content:space-between;align-items:center}
.c-top .c-logo{font-size:24px;font-weight:800}
.c-top a{color:#fff}
.c-nav{background:#f1f3f4;padding:8px 28px;display:flex;gap:20px;font-size:14px;font-weight:600}
.c-cols{display:flex;gap:40px;max-width:1100px;margin:26px auto;padding:0 24px}
.c-main{flex:1 1 auto;min-width:0}.c-side{flex:0 0 300px}
.c-crumbs{font-size:12px;color:#5f6368;margin-bottom:8px}
.c-headline{font-size:34px;line-height:1.2;margin:0 0 10px;font-weight:700}
.c-meta{font-size:13px;color:#5f6368;margin-bottom:18px}
.c-body p{font-size:18px;line-height:1.7;margin:0 0 22px}
.c-share{display:flex;gap:10px;margin:20px 0}.c-share a{background:#e8eaed;padding:6px 12px;border-radius:14px;font-size:13px}
.c-box{border:1px solid #dadce0;border-radius:8px;padding:14px 16px;margin-bottom:22px}
.c-box-title{font-weight:700;font-size:14px;text-transform:uppercase;margin-bottom:8px}
.c-box div a{display:block;padding:6px 0;font-size:14px;border-top:1px solid #f1f3f4}
.c-foot{background:#0a2342;color:#c9d1dc;padding:20px 28px;font-size:13px}.c-foot a{color:#fff;margin-right:14px}`;
  const url = urlOf(p.slug);
  return `<!DOCTYPE html>
<html lang="en">
<head>
${headCommon(p, css)}
</head>
<body>
<div class="c-wrap">
<div class="c-top"><div class="c-logo"><a href="${SITE}/">Archyde</a></div><div class="c-top-links"><a href="${SITE}/login/">Sign in</a></div></div>
<div class="c-nav">
${p.nav.map((n) => `<div class="c-nav-item"><a href="${SITE}/section/${slugify(n)}/">${esc(n)}</a></div>`).join('\n')}
</div>
<div class="c-cols">
<div class="c-main">
<div class="c-story" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="${p.date}">
<link itemprop="mainEntityOfPage" href="${url}">
<div class="c-crumbs"><a href="${SITE}/">Home</a> › <a href="${SITE}/section/world/">World</a> › <a href="${SITE}/section/climate/">Climate</a></div>
<h1 class="c-headline" itemprop="headline">${esc(p.headline)}</h1>
<div class="c-meta">By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">${esc(p.author)}</span></span> · <span>${esc(p.dateText)}</span></div>
<div class="c-img" itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><img itemprop="url" src="${placeholderPhoto(760, 420, '#0f4c5c', '#8fbc8f', '#e9f5db')}" width="760" height="420" alt=""></div>
<div class="c-body" itemprop="articleBody">
${p.paragraphs.map((t) => `<p>${esc(t)}</p>`).join('\n')}
</div>
<div class="c-share"><a href="https://www.facebook.com/sharer.php?u=${encodeURIComponent(url)}">Facebook</a><a href="https://twitter.com/intent/tweet?url=${encodeURIComponent(url)}">Twitter</a><a href="https://t.me/share/url?url=${encodeURIComponent(url)}">Telegram</a></div>
</div>
<div class="c-box c-more"><div class="c-box-title">More from World</div><div>
${p.sidebar
  .slice(0, 2)
  .map((t) => `<a href="${urlOf(slugify(t))}">${esc(t)}</a>`)
  .join('\n')}
</div></div>
</div>
<div class="c-side">
<div class="c-box"><div class="c-box-title">Latest</div><div>
${p.sidebar
  .slice(2)
  .map((t) => `<a href="${urlOf(slugify(t))}">${esc(t)}</a>`)
  .join('\n')}
</div></div>
<div class="c-box"><div class="c-box-title">Partners</div><div><a href="${SITE}/partners/reuters/">Reuters</a><a href="${SITE}/partners/latin-america-desk/">Latin America Desk</a><a href="${SITE}/partners/asia-pacific-desk/">Asia Pacific Desk</a></div></div>
</div>
</div>
<div class="c-foot">© 2024 Archyde · <a href="${SITE}/about-us/">About Us</a><a href="${SITE}/privacy-policy/">Privacy Policy</a><a href="${SITE}/contact/">Contact</a></div>
</div>
</body>
</html>
`;
}

/** c. div soup: obfuscated class names, no semantic elements; only text density tells. */
function buildDivSoup(p) {
  const css = `
body{margin:0;font-family:Inter,Arial,sans-serif;color:#111;background:#f6f6f6}
a{color:inherit;text-decoration:none}
.a1k{background:#000;color:#fff;display:flex;align-items:center;gap:26px;padding:12px 26px}
.a1k .b7q{font-weight:900;font-size:22px}
.a1k .r4t a{margin-right:16px;font-size:13px;color:#ddd}
.x0p{display:flex;gap:32px;max-width:1120px;margin:24px auto;padding:0 20px}
.x9f2{flex:1 1 auto;min-width:0;background:#fff;padding:28px 34px}
.q1z{font-size:34px;font-weight:800;line-height:1.2;margin-bottom:10px}
.m3n{font-size:12px;color:#777;margin-bottom:22px}
.z8w{font-size:17px;line-height:1.75;margin-bottom:20px}
.y6u{flex:0 0 280px}
.y6u .h2g{background:#fff;padding:14px 16px;margin-bottom:18px}
.y6u .h2g .t0t{font-weight:800;font-size:13px;text-transform:uppercase;margin-bottom:8px}
.y6u .h2g a{display:block;font-size:13px;padding:5px 0;border-top:1px solid #eee}
.k2v{display:flex;gap:12px;margin:18px 0 0;font-size:12px}.k2v a{border:1px solid #ccc;padding:4px 10px;border-radius:12px}
.f5s{background:#000;color:#999;font-size:12px;padding:18px 26px}.f5s a{color:#ccc;margin-right:12px}
.v1i{margin-bottom:18px}
.c00k{background:#222;color:#eee;font-size:12px;padding:8px 20px}`;
  const url = urlOf(p.slug);
  return `<!DOCTYPE html>
<html lang="en">
<head>
${headCommon(p, css)}
</head>
<body>
<div id="__app" class="r00t">
<div class="a1k">
<div class="b7q"><a href="${SITE}/">Archyde</a></div>
<div class="r4t">
${p.nav.map((n) => `<a href="${SITE}/t/${slugify(n)}">${esc(n)}</a>`).join('\n')}
</div>
</div>
<div class="x0p">
<div class="x9f2">
<div class="q1z">${esc(p.headline)}</div>
<div class="m3n"><a href="${SITE}/u/${slugify(p.author)}">${esc(p.author)}</a> · ${esc(p.dateText)}</div>
<div class="v1i"><img src="${placeholderPhoto(720, 380, '#111111', '#76b900', '#c0c0c0')}" width="720" height="380" alt=""></div>
<div class="w2e">
${p.paragraphs.map((t) => `<div class="z8w">${esc(t)}</div>`).join('\n')}
</div>
<div class="k2v"><a href="${SITE}/t/nvidia">Nvidia</a><a href="${SITE}/t/apple">Apple</a><a href="${SITE}/t/chips">Chips</a></div>
</div>
<div class="y6u">
<div class="h2g"><div class="t0t">Top stories</div>
${p.sidebar
  .slice(0, 3)
  .map((t) => `<a href="${urlOf(slugify(t))}">${esc(t)}</a>`)
  .join('\n')}
</div>
<div class="h2g"><div class="t0t">Markets</div>
${p.sidebar
  .slice(3)
  .map((t) => `<a href="${urlOf(slugify(t))}">${esc(t)}</a>`)
  .join('\n')}
</div>
</div>
</div>
<div class="f5s">© 2024 Archyde · <a href="${SITE}/about-us/">About Us</a><a href="${SITE}/privacy-policy/">Privacy Policy</a><a href="${SITE}/contact/">Contact</a> · <a href="${url}">Permalink</a></div>
<div class="c00k">We use cookies to improve your experience. <a href="${SITE}/privacy-policy/">Learn more</a></div>
</div>
</body>
</html>
`;
}

// ---------------------------------------------------------------- main

function main() {
  mkdirSync(OUT, { recursive: true });
  const seedLines = readSeed();
  const pages = [];

  writeFileSync(join(OUT, 'archyde-xi-putin.html'), buildDemo(seedLines));
  pages.push({
    file: 'archyde-xi-putin.html',
    url: urlOf(DEMO_SLUG),
    layout: 'wordpress',
    headline: DEMO_HEADLINE,
    bodySelector: '.entry-content',
    bodyParagraphs: seedLines,
    bodyLinks: [{ text: 'Gazprom', href: GAZPROM_HREF, paragraph: seedLines.findIndex((l) => l.includes('Gazprom')) }],
    outsideNames: [
      'Joe Biden',
      'Narendra Modi',
      'Boris Johnson',
      'John Smith',
      'Maria Garcia',
      'Elon Musk',
      'Taylor Swift',
      'Kyiv',
      'NATO',
      'Middle East',
      'Mikhail Gorbachev',
      'Rishi Sunak',
      'Olaf Scholz',
      'Sputnik',
    ],
    nonBodyNamesInsideArticle: ['Samsung Galaxy', 'Lufthansa', 'Emmanuel Macron', 'Liz Truss', 'Kwasi Kwarteng'],
    expectedInBody: [
      { text: 'Xi Jinping', type: 'PERSON' },
      { text: 'Vladimir Putin', type: 'PERSON' },
      { text: 'Steve Tsang', type: 'PERSON' },
      { text: 'George Magnus', type: 'PERSON' },
      { text: 'Alexander Korolev', type: 'PERSON' },
      { text: 'Shanghai Cooperation Organization', type: 'ORG' },
      { text: 'University of New South Wales', type: 'ORG' },
      { text: 'Gazprom', type: 'ORG' },
      { text: 'Samarkand', type: 'PLACE' },
      { text: 'Uzbekistan', type: 'PLACE' },
      { text: 'Kazakhstan', type: 'PLACE' },
    ],
  });

  for (const [p, build, layout, bodySelector] of [
    [LAYOUT_A, buildGeneric, 'html5-article', 'main article'],
    [LAYOUT_B, buildItemprop, 'microdata', '[itemprop="articleBody"]'],
    [LAYOUT_C, buildDivSoup, 'div-soup', '.w2e'],
  ]) {
    writeFileSync(join(OUT, p.file), build(p));
    pages.push({
      file: p.file,
      url: urlOf(p.slug),
      layout,
      headline: p.headline,
      bodySelector,
      bodyParagraphs: p.paragraphs,
      bodyLinks: [],
      outsideNames: p.outsideNames,
      nonBodyNamesInsideArticle: p.nonBodyNamesInsideArticle,
      expectedInBody: p.expectedInBody,
    });
  }

  // Self-checks: names really are where pages.json says they are.
  for (const pg of pages) {
    const body = pg.bodyParagraphs.join('\n');
    for (const n of pg.outsideNames.concat(pg.nonBodyNamesInsideArticle)) {
      if (body.includes(n)) throw new Error(`${pg.file}: "${n}" is listed as outside the body but occurs in it`);
    }
    for (const e of pg.expectedInBody) {
      if (!body.includes(e.text)) throw new Error(`${pg.file}: expected entity "${e.text}" not in body`);
    }
    const html = readFileSync(join(OUT, pg.file), 'utf8');
    if (/\s(?:src|href)="(?:https?:)?\/\/(?!www\.archyde\.com)[^"]*"[^>]*>/.test(html.replace(/<a\s[^>]*>/g, ''))) {
      throw new Error(`${pg.file}: external resource reference`);
    }
  }

  writeFileSync(join(OUT, 'pages.json'), JSON.stringify(pages, null, 2) + '\n');
  console.log(`wrote ${pages.length} pages to ${OUT}`);
}

main();
