// data: URLs as module specifiers, static and in import(): percent-escaped and
// base64 JavaScript, import.meta of such a module, built-ins imported from one, and
// Node's errors for other types and for paths relative to a data: URL.
import { x } from 'data:text/javascript,export const x = 42;';
import y from 'data:text/javascript;base64,ZXhwb3J0IGRlZmF1bHQgJ2I2NCc7';
import * as again from 'data:text/javascript,export const x = 42;';

console.log(x, y, again.x);
const two = await import('data:text/javascript,export default 1+1');
console.log(two.default);
const accented = await import('data:text/javascript;charset=utf-8,export%20const%20a%3D%22%C3%A9%22');
console.log(accented.a);
const meta = await import('data:text/javascript,export const u = import.meta.url; ' +
  'export const f = import.meta.filename; export const r = import.meta.resolve("node:fs")');
console.log(meta.u, meta.f, meta.r);
const withBuiltin = await import('data:text/javascript,import path from "node:path"; ' +
  'export const joined = path.join("a", "b")');
console.log(withBuiltin.joined);
for (const url of ['data:text/plain,hi', 'data:application/json,{"a":1}',
  'data:text/javascript,import "./x.mjs"']) {
  await import(url).catch((e) => console.log(e.name, e.code, e.message));
}
await import('data:text/javascript,throw new Error("boom")')
  .catch((e) => console.log(e.message, e.stack.split('\n')[1]));
