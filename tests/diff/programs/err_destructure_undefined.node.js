// Node twin of err_destructure_undefined.js: V8 words this error differently (SPEC 3.8 fixes zigttp's text)
function settings(opts) {
  const { port, host = "localhost" } = opts;
  return `${host}:${port}`;
}
console.log(settings({ port: 80 }));
throw new TypeError("Cannot destructure 'opts' as it is undefined");
