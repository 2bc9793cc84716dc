import type { WebContents } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents } from './hardenWebContents';

type OpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0];

/** The events and the window-open handler of a WebContents, which is all the guards touch. */
class FakeContents extends EventEmitter {
  openHandler: OpenHandler | undefined;
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
}

function harden() {
  const contents = new FakeContents();
  const openExternal = vi.fn<(url: string) => void>();
  hardenWebContents(contents as unknown as WebContents, openExternal);
  const open = (url: string) => contents.openHandler?.({ url } as Parameters<OpenHandler>[0]);
  return { contents, openExternal, open };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    const { contents } = harden();
    const event = { preventDefault: vi.fn() };
    contents.emit(name, event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it.each(['https://example.org/report.pdf', 'http://example.org/'])(
    'denies window.open of %s and shows it in the system browser',
    (url) => {
      const { open, openExternal } = harden();
      expect(open(url)).toEqual({ action: 'deny' });
      expect(openExternal.mock.calls).toEqual([[url]]);
    },
  );

  it('hands the system browser the parsed URL, not the raw string', () => {
    const { open, openExternal } = harden();
    open('HTTPS://Example.org/a b');
    expect(openExternal.mock.calls).toEqual([['https://example.org/a%20b']]);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'mailto:someone@example.org',
    'smb://server/share',
    'not a url',
    '',
  ])('denies window.open of %j and opens nothing', (url) => {
    const { open, openExternal } = harden();
    expect(open(url)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});
