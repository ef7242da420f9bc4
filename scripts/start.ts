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

if (headless) {
  const outDir = join(ROOT, '.tmp', 'start');
  mkdirSync(outDir, { recursive: true });
  await article.screenshot(join(outDir, `${which}-article.png`));
  const popup = await openPopupFor(ext, url);
  const status = await popup.evaluate(() => document.querySelector('.status')?.textContent?.trim() ?? '');
  await popup.screenshot(join(outDir, `${which}-popup.png`));
  console.log(`start: popup says: ${status}`);
  console.log(`start: no display, so the browser ran headless; screenshots in ${outDir}/`);
  await ext.close();
} else {
  console.log('start: close the browser window or press Ctrl+C to stop');
  process.on('SIGINT', () => void ext.close().then(() => process.exit(0)));
}
