// `npm start` / `npm run start:firefox`: build, then open the demo Archyde article in a browser
// with the extension loaded. With a display the browser stays open for you to use; without one
// it runs headless, saves screenshots of the article and the popup, and prints what the
// content script reported.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { launchChromium } from '../e2e/harness/chromium';
import { launchFirefox } from '../e2e/harness/firefox';
import { openPopupFor } from '../e2e/harness/popup';
import { ContentMessenger } from '../e2e/harness/messages';
import { demoPage } from '../e2e/harness/routes';
import { CHROMIUM_BIN, FIREFOX_BIN, ROOT } from '../e2e/harness/paths';

const which = process.argv[2] === 'firefox' ? 'firefox' : 'chromium';
const bin = which === 'firefox' ? FIREFOX_BIN : CHROMIUM_BIN;
if (!existsSync(bin)) {
  const pkg = which === 'firefox' ? 'firefox-esr' : 'chromium';
  console.error(`start: ${bin} not found. Install it with:  sudo apt-get install -y ${pkg}`);
  process.exit(1);
}

const build = spawnSync(process.execPath, [join(ROOT, 'build.mjs'), '--dev'], { stdio: 'inherit', cwd: ROOT });
if (build.status !== 0) process.exit(build.status ?? 1);

const headless = !process.env.DISPLAY || process.env.HEADLESS === '1';
const ext = which === 'firefox' ? await launchFirefox({ headless }) : await launchChromium({ headless });
const url = demoPage().url;
const article = await ext.open(url);
const mark = await article.waitFor(() => document.documentElement.getAttribute('data-archyde-annotator'), undefined, 15_000);
console.log(`start: ${which} opened ${url} (served offline from e2e/fixtures)`);
console.log(`start: content script active, version ${mark}`);
const messenger = await ContentMessenger.open(ext);
let summary = await messenger.send(url, 'page/annotation', null);
// paintedMs is filled in once the frame with the highlights is painted, after they are applied.
for (let i = 0; i < 100 && (summary.elements === 0 || summary.timings.paintedMs === 0); i++) {
  await new Promise((r) => setTimeout(r, 100));
  summary = await messenger.send(url, 'page/annotation', null);
}
await messenger.close();
const top = [...summary.entityList].sort((a, b) => b.mentions - a.mentions).slice(0, 8);
console.log(
  `start: ${summary.entities} entities, ${summary.mentions} mentions highlighted (article found by ${summary.method}), painted ${summary.timings.paintedMs.toFixed(0)} ms after the script started`,
);
console.log(`start: most mentioned: ${top.map((e) => `${e.name} (${e.type}, ${e.mentions})`).join(', ')}`);

if (headless) {
  const outDir = join(ROOT, '.tmp', 'start');
  mkdirSync(outDir, { recursive: true });
  await article.screenshot(join(outDir, `${which}-article.png`));
  // A context card, opened from the keyboard as a reader would.
  await article.evaluate(() => {
    const first = document.querySelector<HTMLElement>('archyde-entity[tabindex="0"]');
    first?.scrollIntoView({ block: 'center' });
    first?.focus();
  });
  await new Promise((r) => setTimeout(r, 400));
  await article.screenshot(join(outDir, `${which}-card.png`));
  const popup = await openPopupFor(ext, url);
  const status = await popup.evaluate(() => (document.querySelector('.status') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '');
  await popup.screenshot(join(outDir, `${which}-popup.png`));
  console.log(`start: popup says: ${status}`);
  console.log(`start: no display, so the browser ran headless; screenshots in ${outDir}/`);
  await ext.close();
} else {
  console.log('start: close the browser window or press Ctrl+C to stop');
  process.on('SIGINT', () => void ext.close().then(() => process.exit(0)));
}
