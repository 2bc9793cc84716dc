/** What the check reads of an IPC event; Electron's `IpcMainInvokeEvent` has these fields. */
export interface SenderEvent {
  /** The web contents that sent the call. */
  readonly sender: object;
  /** Null once the frame has navigated away or been destroyed. */
  readonly senderFrame: { readonly url: string; readonly parent: object | null } | null;
}

/** Whose calls the main process answers. */
export interface SenderPolicy {
  /** The page our windows load: the built `index.html` as a file: URL, or the electron-vite dev server's URL. */
  readonly rendererUrl: string;
  /** True for the web contents of one of our own windows. */
  isAppContents(contents: object): boolean;
}

/**
 * True when the call comes from the top-level frame of one of our windows showing our own page. A frame inside
 * the page (an iframe from a pasted link, say) or a page that got somewhere else must not reach the library.
 */
export function isTrustedSender(event: SenderEvent, policy: SenderPolicy): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !policy.isAppContents(event.sender)) return false;
  return isRendererPage(frame.url, policy.rendererUrl);
}

// Same page, whatever the query or fragment: the interface may route with either. File URLs have no origin
// (it is the string "null" for every file), so they are compared by path.
function isRendererPage(raw: string, rendererUrl: string): boolean {
  const url = parseUrl(raw);
  const expected = new URL(rendererUrl);
  if (!url || url.protocol !== expected.protocol) return false;
  return expected.protocol === 'file:' ? url.host === expected.host && url.pathname === expected.pathname : url.origin === expected.origin;
}

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
