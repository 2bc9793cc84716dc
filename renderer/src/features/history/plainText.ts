import type { RichTextDoc } from '../../../../electron/api/types';

interface JsonNode {
  readonly type?: string;
  readonly text?: string;
  readonly content?: readonly JsonNode[];
}

const isInline = (node: JsonNode) => node.type === 'text' || node.type === 'hardBreak';

/**
 * A document's text, blocks separated by blank lines, like the core's `bodyText`; walked from the JSON so
 * that the interface need not load the editor's schema to compare two revisions.
 */
export function plainText(doc: RichTextDoc | undefined): string {
  return doc ? blocks(doc as JsonNode).join('\n\n') : '';
}

function blocks(node: JsonNode): string[] {
  const children = node.content ?? [];
  if (children.some(isInline)) return [children.map((child) => (child.type === 'hardBreak' ? '\n' : (child.text ?? ''))).join('')];
  return children.flatMap(blocks).filter((text) => text !== '');
}
