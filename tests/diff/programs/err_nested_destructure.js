// expect-error: err_nested_destructure.js:4:19 TypeError: Cannot destructure 'cfg.server' as it is undefined
// destructuring a nested value that is missing
function read(cfg) {
  const { server: { port } } = cfg;
  return port;
}
console.log(read({ server: { port: 80 } }));
console.log(read({}));
