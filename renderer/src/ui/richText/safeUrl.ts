// What the core keeps when it saves rich text (electron/core/richText/richText.ts, `safeLink` and `safeImage`):
// the editor accepts the same, so that nothing a person enters silently disappears on saving.

const safeLink = /^(https?:|mailto:|#)/i;
const safeImage = /^data:image\/(png|jpeg|gif|webp);/i;

/** Image types the core keeps inside a document. */
export const imageMediaTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;

/** True for a link address the core keeps: http(s), mailto or an anchor in the page. */
export function isSafeLink(href: string): boolean {
  return safeLink.test(href.trim());
}

/**
 * True for an image the editor can show and the core keeps. The core also keeps http(s) images, but the app's
 * content security policy (img-src 'self' data:) and the offline pack viewer show only embedded ones, so a remote
 * picture would appear broken everywhere: images are embedded as data: addresses.
 */
export function isEmbeddedImage(src: string): boolean {
  return safeImage.test(src.trim());
}

/**
 * A link address from what a person typed: `example.org/page` becomes `https://example.org/page`, an e-mail
 * address becomes `mailto:`. Null when the result is not an address the core keeps.
 */
export function linkFromInput(typed: string): string | null {
  const text = typed.trim();
  if (text === '' || /\s/.test(text)) return null;
  if (text.startsWith('#')) return text.length > 1 ? text : null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : /^[^@/]+@[^@/]+\.[^@/]+$/.test(text) ? `mailto:${text}` : `https://${text}`;
  if (!isSafeLink(withScheme)) return null;
  try {
    const url = new URL(withScheme);
    if (url.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname)) ? withScheme : null;
    // A host without a dot ("https://hello") is more likely a typing slip than an address.
    return url.hostname.includes('.') || url.hostname === 'localhost' ? withScheme : null;
  } catch {
    return null;
  }
}
