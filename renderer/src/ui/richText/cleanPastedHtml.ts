import DOMPurify from 'dompurify';
import { isEmbeddedImage, isSafeLink } from './safeUrl';

// Pasted HTML from Word or a web page carries classes, inline styles (Word's `mso-` ones), fonts, Office XML
// (`<o:p>`, `<v:shape>`), comments and conditional comments. ProseMirror's schema would drop most of it, but not
// all: a Google Docs wrapper `<b style="font-weight:normal">` would make the whole paste bold once its style is
// gone, Word's empty paragraphs would each become a blank line, and its fake list bullets would become text.

const allowedTags = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'section', 'article', 'header', 'footer',
  'figure', 'figcaption', 'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'del', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'a', 'img', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
]; // prettier-ignore
// `data-pm-slice` and `data-colwidth` keep a copy made inside the editor whole when it is pasted back.
const allowedAttributes = [
  'href',
  'src',
  'alt',
  'title',
  'start',
  'colspan',
  'rowspan',
  'width',
  'height',
  'data-pm-slice',
  'data-colwidth',
];

const styleAttribute = 'data-pasted-style';

/** One property of an element's pasted inline style, lower case: `bold`, `italic`, `l0 level1 lfo1`. */
function styleOf(element: Element, property: string): string {
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'i').exec(element.getAttribute(styleAttribute) ?? '');
  return match?.[1]?.trim().toLowerCase() ?? '';
}

/** Pasted HTML reduced to the structure and the marks the rich-text schema knows, safe and without styling. */
export function cleanPastedHtml(html: string): string {
  // Any document parsed here takes the page's content security policy, which reports each style of the paste as
  // a violation: style sheets go before parsing, style attributes are renamed, read where they mean something,
  // then dropped with every other attribute DOMPurify does not keep.
  const document = window.document.implementation.createHTMLDocument('');
  document.body.innerHTML = html
    .replace(/<style[\s>][\s\S]*?<\/style>/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)style(\s*=)/gi, `$1${styleAttribute}$2`));
  convertWordLists(document);
  keepStyledEmphasis(document);
  const clean = DOMPurify.sanitize(document.body.innerHTML, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    // Office XML elements (`o:p`, `v:imagedata`) hold nothing worth keeping, not even their text.
    FORBID_CONTENTS: ['style', 'script', 'template', 'title', 'xml', 'head', 'o:p', 'v:shapetype', 'v:shape', 'v:imagedata'],
    RETURN_DOM_FRAGMENT: true,
  });
  for (const image of clean.querySelectorAll('img')) if (!isEmbeddedImage(image.getAttribute('src') ?? '')) image.remove();
  for (const link of clean.querySelectorAll('a[href]')) if (!isSafeLink(link.getAttribute('href') ?? '')) link.removeAttribute('href');
  for (const paragraph of clean.querySelectorAll('p')) {
    if (paragraph.textContent?.trim() === '' && !paragraph.querySelector('img, br')) paragraph.remove();
  }
  const container = document.createElement('div');
  container.append(clean);
  return container.innerHTML;
}

/**
 * Word writes a list as paragraphs styled `mso-list:…`, each starting with its bullet or number as text inside
 * `<![if !supportLists]>…<![endif]>`: turn runs of them into real lists, numbered when the marker is.
 */
function convertWordLists(document: Document): void {
  let list: HTMLElement | null = null;
  for (const paragraph of document.querySelectorAll<HTMLElement>(`p[${styleAttribute}*="mso-list"]`)) {
    const marker = takeWordListMarker(paragraph);
    const tag = /^\(?[0-9a-z]{1,4}[.)]/i.test(marker) ? 'ol' : 'ul';
    const previous = paragraph.previousElementSibling;
    if (!list || previous !== list || list.tagName.toLowerCase() !== tag) {
      list = document.createElement(tag);
      paragraph.before(list);
    }
    const item = document.createElement('li');
    item.append(...paragraph.childNodes);
    list.append(item);
    paragraph.remove();
  }
}

/** Removes the marker Word put before a list paragraph's text, and returns it. */
function takeWordListMarker(paragraph: HTMLElement): string {
  const walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_COMMENT);
  const start = walker.nextNode();
  if (!start || !/\[if !supportLists\]/i.test(start.nodeValue ?? '')) return '';
  let marker = '';
  // The marker's nodes are the siblings between the two comments.
  for (let node = start.nextSibling; node && !/\[endif\]/i.test(node.nodeValue ?? '');) {
    const next = node.nextSibling;
    marker += node.textContent ?? '';
    node.remove();
    node = next;
  }
  return marker.replace(/\s+/g, '').trim();
}

/**
 * Web pages and Google Docs often write bold and italic as styles on a span. Keep that emphasis as elements the
 * schema knows before the styles go, and unwrap the `<b style="font-weight:normal">` Google Docs puts around
 * everything, which is not bold at all.
 */
function keepStyledEmphasis(document: Document): void {
  for (const element of document.body.querySelectorAll<HTMLElement>(`[${styleAttribute}]`)) {
    const tag = element.tagName.toLowerCase();
    const weight = styleOf(element, 'font-weight');
    const isBold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
    if (tag === 'b' && (weight === 'normal' || weight === '400')) {
      element.replaceWith(...element.childNodes);
      continue;
    }
    if (tag !== 'span') continue;
    let wrapper: HTMLElement = element;
    if (isBold) wrapper = wrapChildren(wrapper, 'strong');
    if (styleOf(element, 'font-style') === 'italic') wrapChildren(wrapper, 'em');
  }
}

function wrapChildren(parent: HTMLElement, tag: string): HTMLElement {
  const wrapper = parent.ownerDocument.createElement(tag);
  wrapper.append(...parent.childNodes);
  parent.append(wrapper);
  return wrapper;
}
