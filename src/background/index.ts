/**
 * Background entry (a service worker in Chromium, an event page in Firefox).
 * Listeners are registered synchronously at top level: the worker can be stopped at any time
 * and is restarted by the event that needs it, so no durable state lives only in its memory.
 * Payloads arrive validated and from allowed senders only (src/shared/protocol).
 */
import browser from '../shared/browser';
import { handle } from '../shared/messaging';
import type { BackgroundRequests } from '../shared/messages';
import type { Sender } from '../shared/protocol/senders';
import { forwardCommand } from './commands';
import { onContextMenuClick } from './context-menu';
import { analysisActivity, analyzeText } from './analysis';
import { UploadStore } from './uploads';
import { loadSettings } from '../shared/settings';
import type { NotesRequests } from '../shared/protocol/notes';
import { createNotesHandlers, senderPolicy } from './notes/handlers';
import { NotesRepository } from './notes/repository';
import { announcingWrites } from './notes/announce';
import { announceNotesChange } from '../shared/notes-changes';
import { keepSitesRegistered } from './sites';

const uploads = new UploadStore();
/** Who sent a message: a tab's frame, or an extension page (no tab). */
const senderKey = (sender: unknown): string => {
  const s = sender as Sender | undefined;
  return `${s?.tab?.id ?? 'none'}/${s?.frameId ?? 0}`;
};

handle<BackgroundRequests>({
  'bg/analyze': (req, sender) => {
    const key = senderKey(sender);
    return analyzeText('upload' in req ? uploads.take(key, req.upload, req.parts) : req.text, key);
  },
  'bg/upload': ({ upload, index, part }, sender) => {
    uploads.receive(senderKey(sender), upload, index, part);
    return null;
  },
  'bg/settings': () => loadSettings(),
  'bg/activity': () => analysisActivity(),
});

// The database opens on the first notes request, not here: a listener must not wait for it.
const notes = new NotesRepository();
handle<NotesRequests>(announcingWrites(createNotesHandlers(notes, senderPolicy(browser.runtime.getURL(''))), announceNotesChange));

browser.commands.onCommand.addListener((command) => void forwardCommand(command));
browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClick(info, tab));
keepSitesRegistered(); // and the context menu item, at install, start-up and every permission change
