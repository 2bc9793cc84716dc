import { describe, expect, it } from 'vitest';
import { parseRichText, richTextToHtml, richTextToText } from './richText';

describe('rich text', () => {
  it('turns Markdown into the editor schema: headings, emphasis, lists, links, quotes, tables', () => {
    const doc = parseRichText('# Titre\n\n*Égalité* et **genre**\n\n1. un\n2. deux\n\n> citation\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(doc?.content?.map((node) => (node as { type: string }).type)).toEqual([
      'heading',
      'paragraph',
      'orderedList',
      'blockquote',
      'table',
    ]);
    expect(richTextToText(doc!)).toBe('Titre\n\nÉgalité et genre\n\nun\n\ndeux\n\ncitation\n\na\n\nb\n\n1\n\n2');
  });

  it('keeps raw HTML in Markdown as text, never as markup', () => {
    const doc = parseRichText('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(richTextToHtml(doc!)).toBe('<p>Hello &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>');
  });

  it('drops javascript: links and images from the stored document', () => {
    const doc = parseRichText({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
        { type: 'image', attrs: { src: 'javascript:alert(1)' } },
      ],
    });
    expect(doc).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'click' }] }] });
  });

  it('refuses JSON that does not fit the schema', () => {
    expect(parseRichText({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'heading' }] }] })).toBeNull();
  });

  it('gives an empty paragraph for empty Markdown', () => {
    expect(parseRichText('')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
