// expect-error: err_write_undefined.js:6:1 TypeError: Cannot set properties of undefined (setting 'timeout')
// writing a property of undefined names the key
const config = { server: { port: 80 } };
config.server.port = 8080;
console.log(config);
config.client.timeout = 5;
