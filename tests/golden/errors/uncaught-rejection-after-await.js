async function fetchUser(id) {
  await Promise.resolve();
  if (id < 0) throw new RangeError('bad id ' + id);
  return { id };
}
async function handler() {
  const user = await fetchUser(-1);
  return user;
}
async function serve() {
  await handler();
}
serve();
