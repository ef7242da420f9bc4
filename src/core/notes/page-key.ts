/**
 * Page identity for notes: one key for every address a reader may arrive at the same article by,
 * so a note made after following a newsletter link shows when the article is opened from a search
 * result (a redirect or a tracking parameter once lost a Memex user's notes: Memex #955).
 *
 * The key is the canonical link when the page gives one on its own site, else the address, with:
 * scheme (http/https) and a leading `www.` folded, default ports dropped, host lower-cased, the
 * fragment dropped, tracking parameters dropped, the other parameters sorted, and a trailing slash
 * folded. It has no scheme: `archyde.com/world/article-1?id=2`.
 */

/** Parameter names that identify a click or a campaign, never the content. Compared lower-cased. */
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  'igshid',
  'igsh',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'hsctatracking',
  'mkt_tok',
  'vero_id',
  'vero_conv',
  'oly_anon_id',
  'oly_enc_id',
  'ncid',
  'ocid',
  'cmpid',
  'sr_share',
  'spm',
  'share',
  'si',
  'wt_mc',
  'wt.mc_id',
  'at_medium',
  'at_campaign',
  'rss',
  'amp',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmb_', 'at_'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

function parseHttp(url: string, base?: string): URL | null {
  let u: URL;
  try {
    u = new URL(url, base);
  } catch {
    return null;
  }
  return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
}

const foldHost = (host: string) =>
  host
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');

/**
 * The page key of `url`, preferring `canonical` (absolute or relative to `url`) when it is an
 * http(s) address on the same site: a page may not file its notes under another site's key.
 * Throws when `url` is not an http(s) address.
 */
export function pageKey(url: string, canonical?: string | null): string {
  const page = parseHttp(url);
  if (!page) throw new Error(`not an http(s) address: ${url.slice(0, 200)}`);
  const canon = canonical ? parseHttp(canonical, page.href) : null;
  const chosen = canon && foldHost(canon.hostname) === foldHost(page.hostname) ? canon : page;
  return keyOf(chosen);
}

function keyOf(u: URL): string {
  const host = foldHost(u.hostname);
  // URL drops the port only when it is the default for its own scheme; with schemes folded, both go.
  const port = u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : '';
  const path = u.pathname.replace(/\/+$/, '');
  const params: [string, string][] = [];
  for (const [k, v] of u.searchParams) if (!isTracking(k)) params.push([k, v]);
  params.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${port}${path}${query}`;
}
