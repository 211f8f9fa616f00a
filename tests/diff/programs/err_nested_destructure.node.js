// Node twin of err_nested_destructure.js: zigttp names the nested source expression (SPEC 3.8)
function read(cfg) {
  const { server: { port } } = cfg;
  return port;
}
console.log(read({ server: { port: 80 } }));
throw new TypeError("Cannot destructure 'cfg.server' as it is undefined");
