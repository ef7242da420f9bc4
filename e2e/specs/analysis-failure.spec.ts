// A failed analysis is never silent: the page records why, the toolbar popup says so, and the
// next change of the page or a reload tries again. The failure is a real one: the extension is
// installed from a copy whose model file is empty (as an interrupted write or update leaves it),
// so the background's analysis fails; restoring the file lets the next attempt succeed.
import { copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { launchChromium } from '../harness/chromium';
import { launchFirefox } from '../harness/firefox';
import { DIST_CHROME, DIST_FIREFOX } from '../harness/paths';
import { demoPage, fixturePages } from '../harness/routes';
import { ContentMessenger } from '../harness/messages';
import { openPopupFor } from '../harness/popup';
import type { BrowserName, ExtensionBrowser, TabDriver } from '../harness/types';
import type { AnnotationReply } from '../harness/annotated-page';

const MODEL = join('models', 'ner.bin');

/** The browser of the current project, with our extension installed from `dir`. */
const test = base.extend<{ damaged: { ext: ExtensionBrowser; dir: string } }>({
  damaged: async ({}, use, testInfo) => {
    const name = testInfo.project.name as BrowserName;
    const dir = mkdtempSync(join(tmpdir(), 'archyde-annotator-damaged-'));
    cpSync(name === 'firefox' ? DIST_FIREFOX : DIST_CHROME, dir, { recursive: true });
    writeFileSync(join(dir, MODEL), new Uint8Array(0));
    const ext = name === 'firefox' ? await launchFirefox({ extensionDir: dir, temporary: true }) : await launchChromium({ extensionDir: dir });
    try {
      await use({ ext, dir });
    } finally {
      await ext.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

async function annotation(m: ContentMessenger, url: string, until: (a: AnnotationReply) => boolean, what: string): Promise<AnnotationReply> {
  let last: AnnotationReply | null = null;
  await expect
    .poll(
      async () => {
        last = await m.send(url, 'page/annotation', null).catch(() => null);
        return last !== null && until(last);
      },
      { message: what, timeout: 30_000, intervals: [200] },
    )
    .toBe(true);
  return last!;
}

const popupText = (popup: TabDriver): Promise<string> => popup.evaluate(() => document.querySelector('.status')!.textContent ?? '');

test('an analysis that fails is recorded, shown in the popup, and tried again on a change or a reload', async ({ damaged: { ext, dir } }) => {
  test.setTimeout(120_000);
  const tabs: TabDriver[] = [];
  try {
    const changed = demoPage().url;
    const reloaded = fixturePages().find((p) => p.url !== changed)!.url;
    const m = await ContentMessenger.open(ext);
    tabs.push(m.tab);
    const a = await ext.open(changed);
    tabs.push(a);
    const b = await ext.open(reloaded);
    tabs.push(b);

    const failed = await annotation(m, changed, (x) => x.state === 'failed', 'the first analysis fails');
    expect(failed.error).toEqual(expect.any(String));
    expect(failed.error!.length).toBeGreaterThan(0);
    expect(failed.elements).toBe(0);
    expect(await a.evaluate(() => document.querySelectorAll('archyde-entity').length)).toBe(0);
    await annotation(m, reloaded, (x) => x.state === 'failed', 'the other page fails too');

    const popup = await openPopupFor(ext, changed);
    tabs.push(popup);
    expect(await popupText(popup)).toContain(`This article could not be analysed: ${failed.error}`);

    // The model is back: the next change of the page asks again and is highlighted.
    copyFileSync(join(ext.name === 'firefox' ? DIST_FIREFOX : DIST_CHROME, MODEL), join(dir, MODEL));
    await a.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Angela Merkel said Germany would keep talking to Vladimir Putin.';
      document.querySelector('.entry-content')!.appendChild(p);
    });
    const done = await annotation(m, changed, (x) => x.state === 'done' && x.elements > 0, 'a change of the page tries again');
    expect(done.error).toBeNull();
    const again = await openPopupFor(ext, changed);
    tabs.push(again);
    expect(await popupText(again)).not.toContain('could not be analysed');

    // A reload tries again too.
    await b.goto(reloaded);
    await annotation(m, reloaded, (x) => x.state === 'done' && x.elements > 0, 'a reload tries again');
  } finally {
    for (const t of tabs) await t.close().catch(() => {});
  }
});
