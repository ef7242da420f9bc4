// Public API of the context card (see mount.ts; handlers.ts answers the extension-only 'page/card' request).
export { mountCards } from './mount';
export { registerCardHandlers } from './handlers';
export { entityNotesSource } from './notes';
