/**
 * Background entry (a service worker in Chromium, an event page in Firefox).
 * Listeners are registered synchronously at top level: the worker can be stopped at any time
 * and is restarted by the event that needs it, so no durable state lives only in its memory.
 */
import browser, { type Runtime } from '../shared/browser';
import { handle } from '../shared/messaging';
import type { BackgroundRequests } from '../shared/messages';
import { forwardCommand } from './commands';
import { analyzeText } from './analysis';
import { UploadStore } from './uploads';
import { loadSettings } from '../shared/settings';
import type { NotesRequests } from '../shared/protocol/notes';
import { createNotesHandlers, senderPolicy } from './notes/handlers';
import { NotesRepository } from './notes/repository';
import { announcingWrites } from './notes/announce';
import { announceNotesChange } from '../shared/notes-changes';

const uploads = new UploadStore();
/** Uploads are named by their sender too, so two tabs can never mix parts. */
const uploadKey = (sender: unknown, upload: unknown): string => {
  const s = sender as Runtime.MessageSender | undefined;
  return `${s?.tab?.id ?? 'none'}/${s?.frameId ?? 0}/${String(upload)}`;
};

handle<BackgroundRequests>({
  'bg/analyze': (req, sender) => analyzeText('upload' in req ? uploads.take(uploadKey(sender, req.upload), req.parts) : req.text),
  'bg/upload': ({ upload, index, part }, sender) => {
    uploads.receive(uploadKey(sender, upload), index, part);
    return null;
  },
  'bg/settings': () => loadSettings(),
});

// The database opens on the first notes request, not here: a listener must not wait for it.
const notes = new NotesRepository();
handle<NotesRequests>(announcingWrites(createNotesHandlers(notes, senderPolicy(browser.runtime.getURL(''))), announceNotesChange));

browser.commands.onCommand.addListener((command) => void forwardCommand(command));
