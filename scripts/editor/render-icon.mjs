// Renders media/icon.svg to media/icon.png (256×256, transparent) with Chromium, since the
// Marketplace wants a PNG icon.  usage: node scripts/editor/render-icon.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ROOT } from './lib.mjs';

const svg = readFileSync(join(ROOT, 'media/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 256, height: 256 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: join(ROOT, 'media/icon.png'), omitBackground: true });
await browser.close();
console.error('wrote media/icon.png');
