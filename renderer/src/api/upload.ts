import type { Result } from '../../../electron/api/errors';
import { serveToken } from './client';

/**
 * Sends a file the user picked or dropped to `compendium serve`, which keeps it in a private folder and answers
 * with its path there: a page in a browser cannot give the core a path of its own.
 */
export async function uploadFile(file: File, signal?: AbortSignal): Promise<Result<{ path: string }>> {
  try {
    const response = await fetch('/upload', {
      method: 'POST',
      headers: { Authorization: `Bearer ${serveToken()}`, 'X-File-Name': encodeURIComponent(file.name) },
      body: file,
      signal,
    });
    return (await response.json()) as Result<{ path: string }>;
  } catch {
    return { ok: false, error: { code: 'serve.unreachable', params: {} } };
  }
}

/** Where `compendium serve` will write a file for the browser to download, and the address to fetch it from. */
export async function reserveDownload(fileName: string): Promise<Result<{ path: string; url: string }>> {
  try {
    const response = await fetch('/download', {
      method: 'POST',
      headers: { Authorization: `Bearer ${serveToken()}`, 'X-File-Name': encodeURIComponent(fileName) },
    });
    return (await response.json()) as Result<{ path: string; url: string }>;
  } catch {
    return { ok: false, error: { code: 'serve.unreachable', params: {} } };
  }
}

/**
 * Fetches a file the server wrote (with the token, which a plain link could not send) and hands it to the
 * browser's downloads under its name, through a blob address made for the moment.
 */
export async function downloadFile(download: { url: string; fileName: string }): Promise<Result<null>> {
  try {
    const response = await fetch(download.url, { headers: { Authorization: `Bearer ${serveToken()}` } });
    if (!response.ok) return (await response.json()) as Result<null>;
    const address = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = address;
    link.download = download.fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The click has started the download; the address can go once the browser has read it.
    setTimeout(() => URL.revokeObjectURL(address), 60_000);
    return { ok: true, value: null };
  } catch {
    return { ok: false, error: { code: 'serve.unreachable', params: {} } };
  }
}
