// base64 encoding and decoding written in JS: bit operations, typed arrays, UTF-8 conversion by hand
const ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function utf8(s) {
  const out = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) {
      out.push(cp);
    } else if (cp < 0x800) {
      out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    } else if (cp < 0x10000) {
      out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    } else {
      out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    }
  }
  return Uint8Array.from(out);
}
function encode(bytes) {
  let out = "";
  for (const i of Array.from({ length: Math.ceil(bytes.length / 3) }, (_, k) => k * 3)) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHA[(n >>> 18) & 63] + ALPHA[(n >>> 12) & 63];
    out += i + 1 < bytes.length ? ALPHA[(n >>> 6) & 63] : "=";
    out += i + 2 < bytes.length ? ALPHA[n & 63] : "=";
  }
  return out;
}
function decode(text) {
  const clean = text.replaceAll("=", "");
  const bytes = [];
  let buffer = 0;
  let bits = 0;
  for (const c of clean) {
    buffer = (buffer << 6) | ALPHA.indexOf(c);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >>> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}
function fromUtf8(bytes) {
  let s = "";
  let i = 0;
  for (const _ of bytes) {
    if (i >= bytes.length) {
      return s;
    }
    const b = bytes[i];
    const size = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
    let cp = size === 1 ? b : b & (0xff >> (size + 1));
    for (const k of [1, 2, 3].slice(0, size - 1)) {
      cp = (cp << 6) | (bytes[i + k] & 63);
    }
    s += String.fromCodePoint(cp);
    i += size;
  }
  return s;
}
for (const text of ["", "f", "fo", "foo", "foob", "fooba", "foobar", "héllo wörld", "😀 emoji", "日本語テキスト"]) {
  const enc = encode(utf8(text));
  console.log(JSON.stringify(text), enc, fromUtf8(decode(enc)) === text, utf8(text).length);
}
console.log(decode("AAECAwQFBgcICQ=="), encode(Uint8Array.from([255, 254, 253, 0, 1])));
