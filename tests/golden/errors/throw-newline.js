function fail() {
  throw
    new Error("on the next line");
}
fail();
