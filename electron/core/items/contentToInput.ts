import type { ItemContent } from '../../api/types';

/**
 * Stored content turned back into the public input format, so that an edit is validated exactly like a new item:
 * terms stay as ids (the input accepts them), organisations name their term id.
 */
export function contentToInput(content: ItemContent): Record<string, unknown> {
  return {
    ...content,
    organisations: content.organisations?.map(({ id, role }) => ({ name: id, role })),
  };
}
