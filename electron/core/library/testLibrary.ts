import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Library } from './library';
import { createLibrary } from './openLibrary';

/** A clock for tests: starts at a fixed time and moves one second per reading. */
function steppingClock(start = '2026-01-01T00:00:00.000Z'): () => Date {
  let time = Date.parse(start);
  return () => new Date((time += 1000));
}

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'compendium-test-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A new empty library (real migrations, real vocabularies) in a temporary folder, closed after the test. */
export function testLibrary(): Library {
  const created = createLibrary({ dir: tempDir(), author: 'tester', clock: steppingClock() });
  if (!created.ok) throw new Error(`cannot create test library: ${created.error.code}`);
  afterEach(() => created.value.close());
  return created.value;
}
