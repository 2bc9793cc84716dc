import type { WebContents } from 'electron';

/** An http(s) URL as a parsed URL, or null: the only links handed to the system browser. */
function externalUrl(raw: string): URL | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Keeps every page in the app where it was loaded: no navigation, no new windows, no webviews. Links the user
 * clicks open in the system browser when they are http(s), and nowhere otherwise.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  // will-navigate sees only the top frame; this one also sees frames inside the page.
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrl(url);
    if (external) openExternal(external.href);
    return { action: 'deny' };
  });
}
