import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLibrary } from '../core/library/openLibrary';
import { findResourcesDir } from '../core/library/resourcesDir';
import { tempDir } from '../core/library/testLibrary';
import { getStats } from '../core/stats/getStats';
import { openAppLibrary } from './openAppLibrary';

async function itemCountAfterLaunch(dir: string): Promise<number> {
  const opened = await openAppLibrary({ dir, language: 'fr', author: 'tester' });
  if (!opened.ok) throw new Error(opened.error.code);
  try {
    const stats = getStats(opened.value.read);
    if (!stats.ok) throw new Error(stats.error.code);
    return stats.value.items;
  } finally {
    opened.value.close();
  }
}

describe('openAppLibrary', () => {
  it('makes a library with the starter pack on the first launch', async () => {
    const starterItems = JSON.parse(readFileSync(join(findResourcesDir(), 'starter', 'items.json'), 'utf8')) as unknown[];
    expect(await itemCountAfterLaunch(tempDir())).toBe(starterItems.length);
  });

  it('opens an existing library as it is', async () => {
    const dir = tempDir();
    const created = createLibrary({ dir, author: 'tester' });
    if (!created.ok) throw new Error(created.error.code);
    created.value.close();
    expect(await itemCountAfterLaunch(dir)).toBe(0);
  });
});
