const config = { server: null };
console.log("config loaded");
const port = config.server.port;
console.log(port);
