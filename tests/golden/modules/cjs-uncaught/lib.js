function fail() {
  throw new TypeError('bad module');
}
fail();
