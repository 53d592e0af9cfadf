const XML_ENCODING = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/**
 * The file's bytes as text. UTF-8 unless a byte-order mark or an XML declaration says otherwise
 * (older Garmin and Polar exports declare ISO-8859-1). A UTF-8 byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder(declaredEncoding(bytes) ?? "utf-8").decode(bytes);
}

function declaredEncoding(bytes: Uint8Array): string | null {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const head = String.fromCharCode(...bytes.subarray(start, start + 200));
  const label = XML_ENCODING.exec(head)?.[1];
  if (!label) return null;
  try {
    new TextDecoder(label);
    return label;
  } catch {
    // An encoding the runtime does not know: UTF-8 is the best remaining guess.
    return null;
  }
}
