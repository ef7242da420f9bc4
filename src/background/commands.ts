/**
 * Forwards the manifest's keyboard commands to the content script of the active tab (every frame of
 * it: a keyboard command has no frame of its own; for add-note, the frame holding the selection acts).
 */
import browser from '../shared/browser';
import { sendToTab } from '../shared/messaging';
import type { PageCommand } from '../shared/messages';

const PAGE_COMMANDS: readonly string[] = ['toggle-highlights', 'add-note'] satisfies PageCommand[];

export async function forwardCommand(command: string): Promise<void> {
  if (!PAGE_COMMANDS.includes(command)) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  try {
    await sendToTab(tab.id, 'page/command', { command: command as PageCommand });
  } catch {
    // Not an Archyde article: the command has nothing to act on there.
  }
}
