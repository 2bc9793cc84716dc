import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as countriesModule from 'i18n-iso-countries';
import { uiLanguages, type Labels, type UiLanguage } from '../../api/vocabularyCodes';
import type { WriteTx } from '../db/handles';
import { readMeta, writeMeta } from '../library/library';

interface SdgFile {
  goals: Array<{ goal: number; short: Labels; targets: Array<{ target: string; title: Labels }> }>;
}
interface ThemesFile {
  themes: Array<{ id: string; labels: Labels }>;
}
interface RegionsFile {
  regions: Array<{ code: string; parent: string | null; labels: Labels }>;
  countries: Record<string, string>;
}

interface SeedTerm {
  id: string;
  vocabulary: 'themes' | 'sdgs' | 'countries' | 'regions';
  code: string | null;
  labels: Labels;
  parentId: string | null;
}

const require = createRequire(import.meta.url);

/**
 * Brings the official vocabularies (SDGs, countries, regions) and the seeded themes up to date with the data this
 * build ships. It writes only when that data changed, which a hash of it tells.
 * Official terms take the shipped labels; a seeded theme a user renamed or retired keeps the user's version.
 */
export function seedVocabularies(tx: WriteTx, options: { resourcesDir: string; now: string }): void {
  const seed = readSeed(options.resourcesDir);
  if (readMeta(tx, 'vocabulary_seed') === seed.hash) return;

  const [sdg, themes, regions] = seed.files.map((text) => JSON.parse(text)) as [SdgFile, ThemesFile, RegionsFile];
  const upsertOfficial = tx.prepare(`
    INSERT INTO terms (id, vocabulary, code, label_fr, label_en, label_es, label_ar, parent_id, created_at, updated_at)
    VALUES (@id, @vocabulary, @code, @fr, @en, @es, @ar, @parentId, @now, @now)
    ON CONFLICT(id) DO UPDATE SET label_fr = @fr, label_en = @en, label_es = @es, label_ar = @ar,
      parent_id = @parentId, updated_at = @now
    WHERE label_fr <> @fr OR label_en <> @en OR label_es <> @es OR label_ar <> @ar OR parent_id IS NOT @parentId`);
  const insertTheme = tx.prepare(`
    INSERT INTO terms (id, vocabulary, code, label_fr, label_en, label_es, label_ar, parent_id, created_at, updated_at)
    VALUES (@id, @vocabulary, @code, @fr, @en, @es, @ar, @parentId, @now, @now)
    ON CONFLICT(id) DO NOTHING`);

  const official = [...regionTerms(regions), ...countryTerms(regions), ...sdgTerms(sdg)];
  for (const term of official) upsertOfficial.run(toRow(term, options.now));
  for (const theme of themes.themes) {
    insertTheme.run(toRow({ id: theme.id, vocabulary: 'themes', code: null, labels: theme.labels, parentId: null }, options.now));
  }
  writeMeta(tx, 'vocabulary_seed', seed.hash);
}

/** A hash of the vocabulary data this build ships: the library records the one it was seeded from. */
export function vocabularySeedHash(resourcesDir: string): string {
  return readSeed(resourcesDir).hash;
}

function readSeed(resourcesDir: string): { files: string[]; hash: string } {
  const dataDir = join(resourcesDir, 'data');
  const files = ['sdg.json', 'themes.json', 'regions.json'].map((name) => readFileSync(join(dataDir, name), 'utf8'));
  const countriesVersion = (require('i18n-iso-countries/package.json') as { version: string }).version;
  return { files, hash: createHash('sha256').update(files.join('\n')).update(countriesVersion).digest('hex') };
}

function toRow(term: SeedTerm, now: string) {
  return { id: term.id, vocabulary: term.vocabulary, code: term.code, parentId: term.parentId, now, ...term.labels };
}

function sdgTerms(file: SdgFile): SeedTerm[] {
  return file.goals.flatMap((goal) => [
    { id: `sdg:${goal.goal}`, vocabulary: 'sdgs' as const, code: String(goal.goal), labels: goal.short, parentId: null },
    ...goal.targets.map((target) => ({
      id: `sdg:${target.target}`,
      vocabulary: 'sdgs' as const,
      code: target.target,
      labels: target.title,
      parentId: `sdg:${goal.goal}`,
    })),
  ]);
}

// Parents come before children so that the parent_id foreign key holds row by row.
function regionTerms(file: RegionsFile): SeedTerm[] {
  const byDepth = (code: string | null): number => {
    const parent = file.regions.find((region) => region.code === code)?.parent ?? null;
    return code === null || parent === null ? 0 : 1 + byDepth(parent);
  };
  return [...file.regions]
    .sort((a, b) => byDepth(a.code) - byDepth(b.code))
    .map((region) => ({
      id: `region:${region.code}`,
      vocabulary: 'regions' as const,
      code: region.code,
      labels: region.labels,
      parentId: region.parent === null ? null : `region:${region.parent}`,
    }));
}

function countryTerms(file: RegionsFile): SeedTerm[] {
  const countries = require('i18n-iso-countries') as typeof countriesModule;
  for (const language of uiLanguages) countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
  const label = (code: string, language: UiLanguage) => countries.getName(code, language, { select: 'official' }) ?? code;
  return Object.keys(countries.getAlpha2Codes()).map((code) => {
    const region = file.countries[code];
    return {
      id: `country:${code}`,
      vocabulary: 'countries' as const,
      code,
      labels: { fr: label(code, 'fr'), en: label(code, 'en'), es: label(code, 'es'), ar: label(code, 'ar') },
      parentId: region === undefined ? null : `region:${region}`,
    };
  });
}
