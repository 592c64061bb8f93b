function show() {
  console.log(arguments);
}
show(1, "two", { three: 3 });
show();
function strict() {
  "use strict";
  console.log(arguments);
}
strict([1, 2]);
function nested() {
  console.log({ args: arguments });
}
nested("x");
