// Public API of the context card (see mount.ts; handlers.ts answers the extension-only 'page/card' request).
export { mountCards } from './mount';
export { registerCardHandlers } from './handlers';
export { ATTR_FLASH } from './types';
export type { CardController, CardDataSource, CardSnapshot, MentionDirection, MountOptions, OpenHow } from './types';
export { OPEN_DELAY_MS, SWAP_DELAY_MS, CLOSE_DELAY_MS } from './triggers';
