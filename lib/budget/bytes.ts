/**
 * How many bytes Chrome charges against `storage.local`'s quota for a value: "the JSON
 * stringification of every value plus every key's length" (chrome.storage docs, QUOTA_BYTES),
 * written by Chromium's base::JSONWriter as UTF-8. So CJK text costs 3 bytes per UTF-16 unit and an
 * emoji 4 per pair, where `JSON.stringify(v).length` counts 1 and 2 (issue 11: a log capped at
 * 4 million UTF-16 units of CJK text overran the 10 MB quota). JSONWriter also escapes a few
 * characters that JSON.stringify writes raw (base/json/string_escape.cc: `<` as \u003C, U+2028,
 * U+2029); those, DEL and lone surrogates are counted as 6-byte escapes, so the count is never
 * below Chrome's (checked against `storage.local.getBytesInUse` in tests/e2e/budget-popup.spec.ts).
 */

/** The bytes Chrome stores for `json`, a `JSON.stringify` result. */
export function storedJsonBytes(json: string): number {
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x3c || c === 0x7f || c === 0x2028 || c === 0x2029) bytes += 6;
    else if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = json.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6;
    } else if (c >= 0xdc00 && c <= 0xdfff) bytes += 6;
    else bytes += 3;
  }
  return bytes;
}

/** The bytes a value costs stored under `key`. */
export function storedBytes(key: string, value: unknown): number {
  return key.length + storedJsonBytes(JSON.stringify(value) ?? '');
}
