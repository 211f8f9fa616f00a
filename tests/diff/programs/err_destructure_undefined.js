// expect-error: err_destructure_undefined.js:4:9 TypeError: Cannot destructure 'opts' as it is undefined
// destructuring undefined names the source expression
function settings(opts) {
  const { port, host = "localhost" } = opts;
  return `${host}:${port}`;
}
console.log(settings({ port: 80 }));
console.log(settings());
