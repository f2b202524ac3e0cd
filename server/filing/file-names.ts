/**
 * A file name SharePoint, OneDrive and every disk accept: no " * : < > ? / \ | or control characters, no leading or
 * trailing dots and spaces. `2026-11-22 Bijeenkomst 3` stays as it is.
 */
export function safeFileBase(base: string): string {
  const cleaned = [...base]
    .map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch))
    .join('')
    .replace(/["*:<>?/\\|#%]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return cleaned || 'report';
}

/** A path segment for an id (a community id) on disk and in a URL: nothing that climbs out of its folder. */
export function safeSegment(id: string): string {
  const cleaned = id.replace(/[^A-Za-z0-9._-]/g, '_');
  return /^\.*$/.test(cleaned) ? `_${cleaned}` : cleaned;
}
