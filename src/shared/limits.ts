/**
 * Size limits both ends of the messaging agree on: the content script cuts an article here, and
 * the background refuses longer texts (a request from anywhere else gets a clear error).
 */

/**
 * Text past this point is left unhighlighted: twice the 1 MB stress page and far longer than any
 * news article, it bounds the message to the background, the engine's work for one request and
 * the highlighting work a pathological page can cause.
 */
export const MAX_ANALYSED_CHARS = 2_000_000;
