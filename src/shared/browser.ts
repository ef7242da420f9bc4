/**
 * The one seam to the WebExtension APIs. Everything else imports `browser` from here,
 * so the promise-based polyfill is chosen in one place and can be swapped if needed.
 */
import browser from 'webextension-polyfill';

export default browser;
