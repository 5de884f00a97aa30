// Takes a screenshot of a page in headless Chromium, as a visitor would see it.
// Usage: node scripts/screenshot.mjs URL OUT.png [width] [height] [--dark] [--full]
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const [url, out, width = '1280', height = '900'] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'));
if (!url || !out) {
  console.error(
    'usage: node scripts/screenshot.mjs URL OUT.png [width] [height] [--dark] [--full]',
  );
  process.exit(2);
}
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: Number(height) });
  if (process.argv.includes('--dark')) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  }
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
} finally {
  await browser.close();
}
