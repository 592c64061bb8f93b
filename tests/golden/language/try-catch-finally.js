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

function finallyOverridesReturn() {
  try {
    return "from try";
  } finally {
    return "from finally";
  }
}
console.log(finallyOverridesReturn());

function finallySwallowsThrow() {
  try {
    throw new Error("lost");
  } finally {
    return "finally won";
  }
}
console.log(finallySwallowsThrow());

function returnValueFixed() {
  let x = 1;
  try {
    return x;
  } finally {
    x = 2;
  }
}
console.log("return value computed before finally:", returnValueFixed());
try {
  JSON.parse("{");
} catch {
  console.log("optional catch binding");
}
