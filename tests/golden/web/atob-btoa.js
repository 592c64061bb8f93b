// atob/btoa (forgiving base64) and the DOMException they throw.
console.log(btoa('hello'), btoa(''), btoa('\xff\xfe'), btoa(123), atob('aGVsbG8='), atob(' aG Vs\nbG8 '), atob('aGk'), atob(''));
for (const input of ['a', 'a*', 'aGk==a', 'aGk===', 'ab=c', 'aGVsbG8=x']) {
  try {
    console.log(JSON.stringify(atob(input)));
  } catch (e) {
    console.log(input, e.name, e.code, e.message, e instanceof DOMException, e instanceof Error);
  }
}
try {
  btoa('€');
} catch (e) {
  console.log(e.name, e.code, e.message, Object.prototype.toString.call(e), String(e));
}
for (const f of [() => atob(), () => btoa()]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const d = new DOMException('gone', 'AbortError');
console.log(d.name, d.code, d.message, d.stack.split('\n')[0], Object.keys(d), d instanceof Error);
const plain = new DOMException();
console.log(JSON.stringify(plain.name), plain.code, JSON.stringify(plain.message), DOMException.ABORT_ERR, d.DATA_CLONE_ERR);
const withCause = new DOMException('m', { name: 'TimeoutError', cause: 42 });
console.log(withCause.name, withCause.code, withCause.cause, Object.getOwnPropertyNames(DOMException.prototype).slice(0, 6));
console.log(typeof atob, Object.getOwnPropertyDescriptor(globalThis, 'atob').enumerable, require('buffer').atob === atob);
