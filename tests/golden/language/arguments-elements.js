// An arguments object keeps its indices as elements: reads, writes through the
// mapping, deletes, redefinitions, key order, spreading and apply.
function f(a, b) { console.log(arguments); arguments[0] = 9; console.log(a, arguments.length, Reflect.ownKeys(arguments)); delete arguments[0]; arguments[0] = 5; console.log(Reflect.ownKeys(arguments), a); Object.defineProperty(arguments, 1, {enumerable: false}); console.log(Object.keys(arguments), arguments[1], Object.getOwnPropertyDescriptor(arguments, 1).enumerable); return [...arguments]; }
console.log(f(1, 2, 3));
function g() { "use strict"; var x = Array.prototype.slice.call(arguments); arguments[3] = 4; return [x, arguments.length, Object.keys(arguments), JSON.stringify(arguments)]; }
console.log(g(1, 2));
function h(a) { return Math.max.apply(null, arguments); }
console.log(h(3, 9, 2));
var arr = [1, 2, 3]; Object.defineProperty(arr, 0, {value: 1, enumerable: false}); console.log(Reflect.ownKeys(arr));
console.log(Object.getOwnPropertyDescriptor((function(){return arguments})(7), 0));
