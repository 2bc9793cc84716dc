import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Where tests leave screenshots for a person to look at: COMPENDIUM_SHOTS=<folder>; none are taken without it. */
export const shotsFolder = process.env.COMPENDIUM_SHOTS;

/** Saves a screenshot of the page as `<name>.png` in the shots folder, when there is one. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (shotsFolder) await page.screenshot({ path: join(shotsFolder, `${name}.png`) });
}
