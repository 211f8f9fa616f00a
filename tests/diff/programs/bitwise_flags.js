// bit flags: set, clear, toggle, test, count bits, masks built with shifts
const READ = 1 << 0;
const WRITE = 1 << 1;
const EXEC = 1 << 2;
const ADMIN = 1 << 31;
let perms = READ | WRITE;
console.log(perms, (perms & WRITE) !== 0, (perms & EXEC) !== 0);
perms |= EXEC;
perms &= ~WRITE;
perms ^= READ;
console.log(perms, perms.toString(2), (perms | ADMIN) >>> 0, perms | ADMIN, ADMIN);
function popcount(x) {
  let n = x >>> 0;
  let count = 0;
  for (const _ of Array.from({ length: 32 })) {
    count += n & 1;
    n >>>= 1;
  }
  return count;
}
console.log([0, 1, 255, -1, 0x55555555, ADMIN].map(popcount));
const masks = Array.from({ length: 8 }, (_, i) => ((1 << (i + 1)) - 1) >>> 0);
console.log(masks, masks.map((m) => m.toString(16)));
console.log((0xabcdef12 >>> 24) & 0xff, (0xabcdef12 >> 8) & 0xff, (0xabcdef12 << 8) >>> 0, ~~0xabcdef12);
