/**
 * Background entry (a service worker in Chromium, an event page in Firefox).
 * Listeners are registered synchronously at top level: the worker can be stopped at any time
 * and is restarted by the event that needs it, so no durable state lives only in its memory.
 */
import browser from '../shared/browser';
import { handle } from '../shared/messaging';
import type { BackgroundRequests } from '../shared/messages';
import { forwardCommand } from './commands';
import { analyzeText } from './analysis';
import { loadSettings } from '../shared/settings';

handle<BackgroundRequests>({
  'bg/ping': () => ({ version: browser.runtime.getManifest().version }),
  'bg/analyze': ({ text }) => analyzeText(text),
  'bg/settings': () => loadSettings(),
});

browser.commands.onCommand.addListener((command) => void forwardCommand(command));
