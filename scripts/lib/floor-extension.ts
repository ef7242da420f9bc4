/**
 * A control extension for bench:page: a content script that does nothing but note when the
 * browser's first frame after its start was painted, timed exactly as the annotator times its own
 * highlights (requestAnimationFrame, then a task: see afterNextFrame in src/content/frame.ts).
 * It runs at the same moment as ours (document_idle), on the same page served from a host of its
 * own, so "start -> painted" has a floor from the same run: what the browser takes to paint
 * anything after a content script starts, before any work of ours.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The page the floor is measured on: the demo article, served at this address by the bench. */
export const FLOOR_URL = 'https://floor.example.org/world/xi-putin/';
/** The <html> attribute the control script writes its measurement to (ms after its start). */
export const FLOOR_ATTR = 'data-bench-first-frame-ms';

const SCRIPT = `const startedAt = performance.now();
requestAnimationFrame(() => setTimeout(() => {
  document.documentElement.setAttribute(${JSON.stringify(FLOOR_ATTR)}, String(performance.now() - startedAt));
}, 0));
`;

/** Writes the unpacked control extension to a fresh temporary directory and returns its path. */
export function writeFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'archyde-bench-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'bench:page first-frame control',
    version: '1.0.0',
    content_scripts: [{ matches: [new URL(FLOOR_URL).origin + '/*'], js: ['floor.js'], run_at: 'document_idle' }],
    browser_specific_settings: { gecko: { id: 'bench-floor@archyde-annotator.dev' } },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'floor.js'), SCRIPT);
  return dir;
}
