function attempt(shouldThrow) {
  const log = [];
  try {
    log.push("try");
    if (shouldThrow) throw new Error("failed");
    log.push("no error");
  } catch (e) {
    log.push("catch " + e.message);
  } finally {
    log.push("finally");
  }
  return log.join(" > ");
}
console.log(attempt(false));
console.log(attempt(true));
try {
  JSON.parse("{");
} catch {
  console.log("optional catch binding");
}
try {
  null.x;
} catch (err) {
  console.log("caught built-in error:", err instanceof TypeError, err.message);
}
