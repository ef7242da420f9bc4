import { defineConfig } from '@playwright/test';

// Two projects run the same specs: Chromium through Playwright, Firefox ESR through puppeteer-core
// (see e2e/harness). The extension must be built first (npm test does it).
export default defineConfig({
  testDir: 'e2e/specs',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  projects: [
    { name: 'chromium', use: {} },
    { name: 'firefox', use: {} },
  ],
});
