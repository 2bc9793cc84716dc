// Builds the offline pack viewer into out/viewer: index.html, viewer.js (one classic script, lunr included) and
// viewer.css. The exporter copies these into every pack. A page opened from file:// may not load ES modules or
// fetch its neighbours, hence an IIFE and messages compiled in.
import { build } from 'esbuild';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';

const here = (path) => new URL(path, import.meta.url).pathname;
const target = here('../../out/viewer');
// Build beside the current viewer, then swap: an export running meanwhile never copies a half-written one.
const outdir = `${target}.building-${process.pid}`;
rmSync(outdir, { recursive: true, force: true });

// The messages the viewer shows: its own, and the labels it shares with the app. Each entry is a key or a
// subtree. One missing from English fails the build; test/locales.test.ts holds the other languages to English.
const messageKeys = [
  'viewer',
  'kind',
  'status',
  'role',
  'vocabulary.themes',
  'vocabulary.sdgs',
  'vocabulary.countries',
  'field.kind',
  'field.status',
  'field.language',
  'field.date',
  'field.period',
  'field.authors',
  'field.organisations',
  'field.themes',
  'field.sdgs',
  'field.countries',
  'field.regions',
  'field.tags',
  'field.translations',
  'field.related',
  'field.sourceUrl',
  'field.licence',
  'field.attachments',
  // The kind fields (kindFields in electron/api/vocabularyCodes.ts) and the labels of their coded values.
  'field.context',
  'field.objectives',
  'field.actions',
  'field.resultsAndImpact',
  'field.lessonsLearned',
  'field.transferability',
  'field.partners',
  'field.budgetAndFunding',
  'field.contact',
  'field.issuingBody',
  'field.documentType',
  'field.level',
  'field.dateAdopted',
  'field.policyStatus',
  'field.audience',
  'field.format',
  'field.duration',
  'field.learningObjectives',
  'field.value',
];
const languages = ['fr', 'en', 'es', 'ar'];

function flatten(messages, prefix, into) {
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into[path] = value;
    else flatten(value, path, into);
  }
  return into;
}

function viewerMessages(language) {
  const all = flatten(JSON.parse(readFileSync(here(`../../resources/locales/${language}.json`), 'utf8')), '', {});
  const picked = {};
  for (const wanted of messageKeys) {
    const keys = Object.keys(all).filter((key) => key === wanted || key.startsWith(`${wanted}.`) || key.startsWith(`${wanted}_`));
    if (keys.length === 0 && language === 'en')
      throw new Error(`resources/locales/en.json has no "${wanted}", which the pack viewer shows`);
    for (const key of keys) picked[key] = all[key];
  }
  return picked;
}

const messages = Object.fromEntries(languages.map((language) => [language, viewerMessages(language)]));

await build({
  entryPoints: [
    { in: here('./main.ts'), out: 'viewer' },
    { in: here('./viewer.css'), out: 'viewer' },
  ],
  outdir,
  bundle: true,
  format: 'iife',
  minify: true,
  // Browsers a partner may have: current Chromium, Firefox ESR, Safari from macOS 12 and iOS 15.
  target: ['chrome109', 'firefox115', 'safari15'],
  charset: 'utf8',
  legalComments: 'eof',
  logLevel: 'warning',
  define: { VIEWER_MESSAGES: JSON.stringify(messages) },
});
copyFileSync(here('./index.html'), `${outdir}/index.html`);

const previous = `${target}.previous-${process.pid}`;
if (existsSync(target)) renameSync(target, previous);
renameSync(outdir, target);
rmSync(previous, { recursive: true, force: true });
