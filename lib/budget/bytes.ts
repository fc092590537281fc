/**
 * How many bytes Chrome charges against `storage.local`'s quota for a value: "the JSON
 * stringification of every value plus every key's length" (the storage API docs on QUOTA_BYTES),
 * written by Chromium's base::JSONWriter as UTF-8. So CJK text costs 3 bytes per UTF-16 unit and an
 * emoji 4 per pair, where `JSON.stringify(v).length` counts 1 and 2 (issue 11: a log capped at
 * 4 million UTF-16 units of CJK text overran the 10 MB quota). JSONWriter also escapes a few
 * characters that JSON.stringify writes raw (base/json/string_escape.cc: `<` as \u003C, U+2028,
 * U+2029); those, DEL and lone surrogates are counted as 6-byte escapes, and numbers as below, so
 * the count is never below Chrome's (checked against `storage.local.getBytesInUse` in
 * tests/e2e/quota.spec.ts: within 1 % above it).
 */

/** The bytes Chrome stores for `json`, a `JSON.stringify` result. */
export function storedJsonBytes(json: string): number {
  let bytes = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (!inString) {
      if (c === 0x22) {
        inString = true;
        bytes += 1;
      } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        let end = i + 1;
        while (end < json.length && /[0-9.eE+-]/.test(json[end] ?? '')) end++;
        bytes += numberBytes(json.slice(i, end));
        i = end - 1;
      } else bytes += 1;
      continue;
    }
    if (c === 0x5c) {
      // An escape JSON.stringify wrote (\" \\ \n \uXXXX …): JSONWriter writes the same or shorter.
      const next = json[i + 1];
      const length = next === 'u' ? 6 : 2;
      bytes += length;
      i += length - 1;
    } else if (c === 0x22) {
      inString = false;
      bytes += 1;
    } else if (c === 0x3c || c === 0x7f || c === 0x2028 || c === 0x2029) bytes += 6;
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

/**
 * A number as base::JSONWriter writes it: a 32-bit integer as it is; any other number is a double,
 * written by base::NumberToString, in exponent form from 1e12 on and below 1e-6 (a timestamp such
 * as 1765012345678 is "1.765012345678e+12": getBytesInUse in Chromium 150), else in decimals with
 * ".0" appended when there is no point (2147483648 is "2147483648.0").
 */
function numberBytes(token: string): number {
  const v = Number(token);
  if (!Number.isFinite(v)) return token.length;
  if (Number.isInteger(v) && v >= -2_147_483_648 && v <= 2_147_483_647) return token.length;
  const magnitude = Math.abs(v);
  if (magnitude >= 1e12 || (magnitude !== 0 && magnitude < 1e-6)) return v.toExponential().length;
  return /[.eE]/.test(token) ? token.length : token.length + 2;
}

/** The bytes a value costs stored under `key`. */
export function storedBytes(key: string, value: unknown): number {
  return key.length + storedJsonBytes(JSON.stringify(value) ?? '');
}
