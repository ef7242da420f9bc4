/**
 * A browser of the current project whose system colour scheme is light or dark, for the specs
 * that check both (the shared `ext` fixture uses the browser's default). Close it when done.
 */
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, ExtensionBrowser } from './types';

export type Scheme = 'light' | 'dark';

export function launchWithScheme(name: BrowserName, colorScheme: Scheme): Promise<ExtensionBrowser> {
  return name === 'firefox' ? launchFirefox({ colorScheme }) : launchChromium({ colorScheme });
}
