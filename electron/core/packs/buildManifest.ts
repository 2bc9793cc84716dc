import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { packFormatName, packFormatVersion, type PackManifest } from '../../api/packFormat';

/** A pack's manifest; its id is derived from everything else but the date of export. */
export function buildManifest(parts: Omit<PackManifest, 'format' | 'formatVersion' | 'id'>): PackManifest {
  const { created, ...content } = parts;
  const unidentified = { format: packFormatName, formatVersion: packFormatVersion, ...content } as const;
  // The same content always gets the same id, so that exporting it again gives the same manifest but for its date.
  return { format: packFormatName, formatVersion: packFormatVersion, id: contentId(unidentified), created, ...content };
}

function contentId(content: object): string {
  const hex = createHash('sha256')
    .update(canonicalize(content) ?? '')
    .digest('hex');
  // Shaped as a UUID of version 8 (custom data) and the RFC 9562 variant (binary 10).
  const variant = ((parseInt(hex.charAt(16), 16) & 0b0011) | 0b1000).toString(16);
  return [hex.slice(0, 8), hex.slice(8, 12), `8${hex.slice(13, 16)}`, `${variant}${hex.slice(17, 20)}`, hex.slice(20, 32)].join('-');
}
