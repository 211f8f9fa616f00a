// Keys that are methods elsewhere (toString, valueOf, hasOwnProperty, __getattr__) are plain data; objects
// have no inherited methods to call.
// expect-status: 500
// expect-error: corpus/weird_keys.js:9:10 TypeError: o.toString is not a function
export function attack(req) {
  const o = JSON.parse('{"toString": "x", "valueOf": 1, "hasOwnProperty": [], "__getattr__": {}}');
  const plain = {};
  console.log(Object.keys(o), typeof plain.toString, typeof plain.hasOwnProperty, `${plain}`, `${o}`);
  return o.toString();
}
