import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facetNames, searchSorts } from '../electron/api/types';
import {
  itemKinds,
  itemStatuses,
  kindFields,
  organisationRoles,
  policyDocumentTypes,
  policyLevels,
  policyStatuses,
  toolkitAudiences,
  toolkitFormats,
} from '../electron/api/vocabularyCodes';

type Messages = { [key: string]: string | Messages };

const rendererDir = join(import.meta.dirname, '../renderer/src');
const english = JSON.parse(readFileSync(join(import.meta.dirname, '../resources/locales/en.json'), 'utf8')) as Messages;

function lookup(messages: Messages, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Messages)[part] : undefined), messages);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Every `t('literal.key')` in the interface's source, with the file it is in. */
const usedKeys = sourceFiles(rendererDir).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/\bt\('([\w.]+)'/g)].map((match) => ({
    file: file.slice(rendererDir.length + 1),
    key: match[1] ?? '',
  })),
);

describe('the interface’s messages', () => {
  it('finds the keys it checks', () => {
    expect(usedKeys.length).toBeGreaterThan(50);
  });

  it('has an English message for every key the interface uses (other languages are checked against English)', () => {
    const missing = usedKeys.filter(
      ({ key }) => typeof lookup(english, key) !== 'string' && typeof lookup(english, `${key}_other`) !== 'string',
    );
    expect(missing).toEqual([]);
  });

  it('has a message for every key the interface builds from a code', () => {
    const built = [
      ...itemKinds.flatMap((kind) => [`kind.${kind}`, `app.sidebar.kinds.${kind}`]),
      ...itemStatuses.map((status) => `status.${status}`),
      ...organisationRoles.map((role) => `role.${role}`),
      ...facetNames.map((facet) => `app.facets.${facet}`),
      ...searchSorts.map((sort) => `app.search.sort.${sort}`),
      ...['local', 'starter', 'pack'].map((origin) => `app.item.origin.${origin}`),
      ...['goTo', 'language'].map((group) => `app.palette.${group}`),
      ...Object.values(kindFields).flatMap((fields) => fields.map((field) => `field.${field}`)),
      ...[policyDocumentTypes, policyLevels, policyStatuses, toolkitAudiences, toolkitFormats].flatMap((codes) =>
        codes.map((code) => `field.value.${code}`),
      ),
    ];
    expect(built.filter((key) => typeof lookup(english, key) !== 'string')).toEqual([]);
  });
});
