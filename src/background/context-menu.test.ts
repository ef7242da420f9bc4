import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ADD_NOTE_MENU_ID, addNoteMenuItem, addNoteTarget } from './context-menu-item.ts';
import { contentScriptHosts } from '../shared/protocol/senders.ts';

test('context menu: the item is shown on a selection in the pages the content script runs on', () => {
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
  const hosts = contentScriptHosts(manifest);
  assert.ok(hosts.length > 0);
  assert.deepEqual(addNoteMenuItem(hosts, [], 'Add note to selection'), {
    id: ADD_NOTE_MENU_ID,
    title: 'Add note to selection',
    contexts: ['selection'],
    documentUrlPatterns: hosts,
  });
  assert.ok(manifest.permissions.includes('contextMenus'), 'the manifest asks for the contextMenus permission');
});

test("context menu: the item follows the reader's enabled sites, and only web patterns the content script is registered for", () => {
  const builtIn = ['https://www.archyde.com/*', 'https://archyde.com/*'];
  const item = (granted: string[]) => addNoteMenuItem(builtIn, granted, 'Add note').documentUrlPatterns;
  assert.deepEqual(item([]), builtIn);
  // Granted as permissions.getAll reports them: the manifest's own hosts among them, unsorted, a duplicate.
  const granted = ['https://example.net/*', 'https://archyde.com/*', 'http://news.example.org/*', 'https://www.example.net/*', 'https://example.net/*'];
  assert.deepEqual(item(granted), [...builtIn, 'http://news.example.org/*', 'https://example.net/*', 'https://www.example.net/*']);
  // Not a web page: never a place for the item (the content script is not registered there either).
  assert.deepEqual(item(['<all_urls>', 'file:///*', 'ftp://example.net/*']), builtIn);
  // A site disabled again: gone from the item.
  assert.deepEqual(item(['https://www.example.net/*', 'https://example.net/*']), [...builtIn, 'https://example.net/*', 'https://www.example.net/*']);
  assert.deepEqual(item([]), builtIn);
});

test('context menu: a click goes to the tab and frame it was made in', () => {
  assert.deepEqual(addNoteTarget({ menuItemId: ADD_NOTE_MENU_ID, frameId: 3 }, { id: 12 }), { tabId: 12, frameId: 3 });
  assert.deepEqual(addNoteTarget({ menuItemId: ADD_NOTE_MENU_ID, frameId: 0 }, { id: 12 }), { tabId: 12, frameId: 0 });
  // Firefox leaves frameId out for a top frame in some menus: the top frame it is.
  assert.deepEqual(addNoteTarget({ menuItemId: ADD_NOTE_MENU_ID }, { id: 7 }), { tabId: 7, frameId: 0 });
});

test('context menu: clicks on other items, or outside a tab, send nothing', () => {
  assert.equal(addNoteTarget({ menuItemId: 'something-else', frameId: 0 }, { id: 12 }), null);
  assert.equal(addNoteTarget({ menuItemId: ADD_NOTE_MENU_ID, frameId: 0 }, undefined), null);
  assert.equal(addNoteTarget({ menuItemId: ADD_NOTE_MENU_ID, frameId: 0 }, { id: undefined }), null);
  assert.equal(addNoteTarget({ menuItemId: ADD_NOTE_MENU_ID, frameId: 0 }, { id: -1 }), null); // TAB_ID_NONE: a devtools or extension view
});

test('commands: the manifest binds add-note to a key Chromium accepts, and names it through _locales', () => {
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
  const messages = JSON.parse(readFileSync('src/_locales/en/messages.json', 'utf8'));
  const cmd = manifest.commands['add-note'];
  assert.equal(cmd.suggested_key.default, 'Alt+Shift+J');
  const key = /^__MSG_(\w+)__$/.exec(cmd.description)?.[1];
  assert.ok(key && messages[key]?.message, `${cmd.description} is in the catalogue`);
  assert.ok(Object.keys(manifest.commands).length <= 4, 'Chromium allows at most four suggested keys');
});
