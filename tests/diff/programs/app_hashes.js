// non-cryptographic hashes: FNV-1a with Math.imul, CRC-32 with a table, djb2; all kept unsigned with >>> 0
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (const i of Array.from({ length: s.length }, (_, k) => k)) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (const _k of Array.from({ length: 8 })) {
    c = (c & 1) === 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});
function crc32(s) {
  let crc = 0xffffffff;
  for (const ch of s) {
    crc = CRC_TABLE[(crc ^ ch.charCodeAt(0)) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function djb2(s) {
  let h = 5381;
  for (const ch of s) {
    h = ((h << 5) + h + ch.charCodeAt(0)) | 0;
  }
  return h;
}
for (const s of ["", "a", "hello", "The quick brown fox jumps over the lazy dog", "zigttp", "x".repeat(1000)]) {
  console.log(fnv1a(s).toString(16).padStart(8, "0"), crc32(s).toString(16).padStart(8, "0"), djb2(s), s.length);
}
console.log(CRC_TABLE.slice(0, 4), CRC_TABLE[255]);
