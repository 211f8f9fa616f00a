// Node twin of err_radix_range.js: SPEC 9.6 words the message without "argument"
console.log((255).toString(2), (255).toString(36));
throw new RangeError("toString() radix must be between 2 and 36");
