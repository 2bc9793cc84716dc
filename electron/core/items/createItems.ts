import { randomUUID } from 'node:crypto';
import { fail, ok, type Result } from '../../api/errors';
import { asItemId, type ItemId } from '../../api/ids';
import { itemInput, type ItemInput } from '../../api/itemInput';
import { validationError } from '../../api/validationError';
import type { Db, WriteTx } from '../db/handles';
import type { Library } from '../library/library';
import { loadRichText } from '../richText/loadRichText';
import { readItemRow } from './itemRow';
import { resolveItemInput } from './resolveItemInput';
import { saveItem, type SaveContext } from './saveItem';

/** Items that passed validation, with the ids they will have. */
export interface ValidatedItems {
  readonly inputs: readonly ItemInput[];
  readonly ids: readonly ItemId[];
}

/**
 * Adds items given in the public item format, all or none: the first invalid one is reported with its position
 * (`[2].title`) and nothing is written. Items may link to each other within the same batch.
 */
export async function createItems(lib: Library, raw: readonly unknown[]): Promise<Result<ItemId[]>> {
  const validated = validateItems(lib.read, raw);
  if (!validated.ok) return validated;
  const richText = await loadRichText();
  const context = { author: lib.author, now: lib.now(), provenance: { origin: 'local' as const, libraryId: lib.id }, richText };
  return lib.write((tx) => writeItems(tx, validated.value, context));
}

/** Checks the shape of every item and that no id is taken, without writing. */
export function validateItems(db: Db, raw: readonly unknown[]): Result<ValidatedItems> {
  const inputs: ItemInput[] = [];
  for (const [index, candidate] of raw.entries()) {
    const parsed = itemInput.safeParse(candidate);
    if (!parsed.success) return prefixField(validationError(parsed.error, candidate), raw.length > 1 ? index : undefined);
    inputs.push(parsed.data);
  }
  const ids = inputs.map((input) => asItemId(input.id ?? randomUUID()));
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index || readItemRow(db, id));
  if (duplicate) return fail('item.alreadyExists', { id: duplicate });
  return ok({ inputs, ids });
}

/** Resolves and saves validated items inside a transaction; a failure names the item's position. */
export function writeItems(tx: WriteTx, items: ValidatedItems, context: SaveContext): Result<ItemId[]> {
  const batch = new Set(items.ids);
  for (const [index, input] of items.inputs.entries()) {
    const id = items.ids[index] as ItemId;
    const content = resolveItemInput(tx, input, { id, now: context.now, richText: context.richText, batch });
    if (!content.ok) return prefixField(content, items.inputs.length > 1 ? index : undefined);
    saveItem(tx, content.value, context);
  }
  return ok([...items.ids]);
}

function prefixField<T>(result: Result<T>, index: number | undefined): Result<T> {
  if (result.ok || index === undefined) return result;
  const field = result.error.params.field;
  return fail(result.error.code, { ...result.error.params, field: `[${index}]${field ? `.${String(field)}` : ''}` });
}
