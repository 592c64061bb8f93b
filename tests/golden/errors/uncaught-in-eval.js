function run(code) {
  return eval(code);
}
run("\n  null.boom");
