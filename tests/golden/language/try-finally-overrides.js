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

function finallyRunsOnBreak() {
  const log = [];
  for (const i of [1, 2, 3]) {
    try {
      if (i === 2) break;
      log.push("body " + i);
    } finally {
      log.push("finally " + i);
    }
  }
  return log.join(", ");
}
console.log(finallyRunsOnBreak());
