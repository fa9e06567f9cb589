/** Checks on plain JSON-like data that every stored shape uses: objects, sizes, type names. */

/** True for an object literal (or one with a null prototype): no array, class instance or proxy trick. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A short name for what a value is, for an issue's message ("text", "a list", "a Date"). */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') {
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)
      ?.constructor?.name;
    return name ? `a ${name}` : 'an object';
  }
  return typeof value === 'string' ? 'text' : `a ${typeof value}`;
}

/** Bytes `text` takes in UTF-8, counted without allocating an encoded copy. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 size of `value` as JSON; null when it cannot be serialized (a cycle, a BigInt). */
export function serializedBytes(value: unknown): number | null {
  try {
    const json = JSON.stringify(value);
    return json === undefined ? null : utf8ByteLength(json);
  } catch {
    return null;
  }
}

/** "312 KiB" or "1.20 MiB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(2)} MiB`
    : `${Math.ceil(bytes / 1024)} KiB`;
}
