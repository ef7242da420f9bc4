// Imported first by the content-script entry, so this is when the script started running
// (before the rest of the bundle is evaluated): the zero of the "start -> painted" timing.
export const SCRIPT_STARTED_AT = performance.now();
