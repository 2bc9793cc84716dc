import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { richTextExtensions } from '../electron/core/richText/richTextExtensions';
import { richTextSchemaExtensions } from '../renderer/src/ui/richText/richTextSchema';

/** What a stored document depends on: every node and mark type, with its attributes and what it may contain. */
function shape(schema: Schema) {
  const attrs = (spec: { attrs?: Record<string, { default?: unknown }> }) =>
    Object.fromEntries(Object.entries(spec.attrs ?? {}).map(([name, attr]) => [name, attr.default]));
  return {
    nodes: Object.fromEntries(
      Object.values(schema.nodes).map((node) => [
        node.name,
        { attrs: attrs(node.spec), content: node.spec.content ?? '', group: node.spec.group ?? '', marks: node.spec.marks },
      ]),
    ),
    marks: Object.fromEntries(Object.values(schema.marks).map((mark) => [mark.name, { attrs: attrs(mark.spec) }])),
  };
}

describe('the rich-text schema', () => {
  it('is the same in the editor as in the core that stores its documents', () => {
    const editor = shape(getSchema(richTextSchemaExtensions));
    const core = shape(getSchema(richTextExtensions));
    expect(editor).toEqual(core);
    // A check that the comparison compares something.
    expect(Object.keys(core.nodes)).toEqual(expect.arrayContaining(['doc', 'paragraph', 'heading', 'table', 'tableCell', 'image']));
    expect(Object.keys(core.marks)).toEqual(expect.arrayContaining(['bold', 'italic', 'link']));
  });
});
