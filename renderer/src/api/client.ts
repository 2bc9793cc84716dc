import type { CompendiumBridge } from '../../../electron/api/bridge';
import type { Result } from '../../../electron/api/errors';
import type { Input, OpName, Outputs } from '../../../electron/api/operations';

/** How one call reaches the core: the preload bridge in the desktop app, HTTP under `compendium serve`. */
type Transport = (name: OpName, input: unknown) => Promise<Result<unknown>>;

declare global {
  interface Window {
    /** Set by the desktop app's preload script; absent in a web browser. */
    readonly compendium?: CompendiumBridge;
  }
}

const tokenKey = 'compendium.token';

/**
 * `compendium serve` prints an address with the token in its fragment. Keep it for this tab and take it out of
 * the address bar, so that it is not bookmarked, shared or shown in screenshots.
 */
function takeToken(): string {
  const fromUrl = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl);
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(tokenKey) ?? '';
}

function httpTransport(): Transport {
  const token = takeToken();
  return async (name, input) => {
    try {
      const response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'serve.unreachable', params: {} } };
    }
  };
}

function bridgeTransport(bridge: CompendiumBridge): Transport {
  // The main process answers every call with a Result; a rejection means the channel itself broke.
  return (name, input) => bridge.call(name, input).catch(() => ({ ok: false, error: { code: 'internal', params: {} } }));
}

const transport: Transport = window.compendium ? bridgeTransport(window.compendium) : httpTransport();

/** True in the desktop app, which has native dialogs and a file manager; false under `compendium serve`. */
export const isDesktop = window.compendium !== undefined;

/** The token that `compendium serve` expects on requests beside the API (uploads, downloads). */
export function serveToken(): string {
  return sessionStorage.getItem(tokenKey) ?? '';
}

/** The path on disk of a file dropped on the desktop app's window; empty in a browser, which must upload it. */
export function pathOfDroppedFile(file: File): string {
  return window.compendium?.pathForFile(file) ?? '';
}

/** Calls one operation of the contract; failures come back as values with a message key, never as exceptions. */
export function call<K extends OpName>(name: K, input: Input<K>): Promise<Result<Outputs[K]>> {
  return transport(name, input) as Promise<Result<Outputs[K]>>;
}
