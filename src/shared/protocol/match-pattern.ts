/**
 * WebExtension match patterns ("https://www.archyde.com/*", "*://*.example.org/news/*"), tested
 * the way the browser tests them, for checking which page a content script's message came from.
 */

/** `value` matches `glob`, where `*` stands for any run of characters (linear-time two-pointer walk, no regex). */
function globMatch(glob: string, value: string): boolean {
  let g = 0;
  let s = 0;
  let star = -1;
  let resume = 0;
  while (s < value.length) {
    if (g < glob.length && glob[g] !== '*' && glob[g] === value[s]) {
      g++;
      s++;
    } else if (g < glob.length && glob[g] === '*') {
      star = g++;
      resume = s;
    } else if (star >= 0) {
      g = star + 1;
      s = ++resume;
    } else {
      return false;
    }
  }
  while (glob[g] === '*') g++;
  return g === glob.length;
}

/** True when `url` is matched by `pattern` (a match pattern, or "<all_urls>"). A URL that does not parse matches nothing. */
export function matchesPattern(pattern: string, url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (pattern === '<all_urls>') return ['http:', 'https:', 'file:', 'ws:', 'wss:'].includes(u.protocol);
  const m = /^(\*|[a-z][a-z0-9+.-]*):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const protocol = u.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  const hostname = u.hostname.toLowerCase();
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2).toLowerCase();
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host.toLowerCase()) {
      return false;
    }
  }
  return globMatch(path, u.pathname + u.search);
}
