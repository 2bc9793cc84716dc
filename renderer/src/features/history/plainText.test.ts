import { describe, expect, it } from 'vitest';
import { plainText } from './plainText';

const text = (value: string) => ({ type: 'text', text: value });

describe('the plain text of a body', () => {
  it('separates blocks, also nested ones, by a blank line and keeps line breaks', () => {
    const doc = {
      type: 'doc' as const,
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Aims')] },
        { type: 'paragraph', content: [text('One '), { type: 'text', text: 'bold', marks: [{ type: 'bold' }] }, text(' word.')] },
        { type: 'paragraph' },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('First'), { type: 'hardBreak' }, text('line')] }] }],
        },
      ],
    };
    expect(plainText(doc)).toBe('Aims\n\nOne bold word.\n\nFirst\nline');
  });

  it('is empty for a missing body', () => {
    expect(plainText(undefined)).toBe('');
  });
});
