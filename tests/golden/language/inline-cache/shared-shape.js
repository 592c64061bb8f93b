// Objects of different classes whose constructors add the same fields share a
// layout; a property site must still answer each by its own prototype chain.
function Worker(v) { this.v1 = v; this.v2 = 0; }
Worker.prototype.run = function () { return 'worker ' + this.v1; };
Worker.prototype.kind = 'W';
function Handler(v) { this.v1 = v; this.v2 = 0; }
Handler.prototype.run = function () { return 'handler ' + this.v1; };
function Plain(v) { this.v1 = v; this.v2 = 0; }

const tasks = [new Worker(1), new Handler(2), new Plain(3), new Worker(4), new Handler(5)];
const out = [];
for (let round = 0; round < 3; round++) {
  for (const t of tasks) {
    out.push(typeof t.run === 'function' ? t.run() : 'no run');
    out.push(String(t.kind));
  }
  if (round === 0) {
    // A method and a default added to one prototype only.
    Handler.prototype.kind = 'H';
    Plain.prototype.run = function () { return 'plain ' + this.v1; };
  }
  if (round === 1) {
    // An instance moved to another class keeps its layout.
    Object.setPrototypeOf(tasks[0], Handler.prototype);
    delete Worker.prototype.kind;
  }
}
console.log(out.join('\n'));

// Adding a property through one site to same-layout objects of two classes, one
// of which has a setter for it.
function A() { this.x = 1; }
function B() { this.x = 1; }
let seen = 0;
Object.defineProperty(B.prototype, 'y', { set(v) { seen += v; }, get() { return 'from B'; } });
const made = [];
for (let i = 0; i < 6; i++) {
  const o = i % 2 ? new B() : new A();
  o.y = i;
  made.push(o);
}
console.log(made.map((o) => `${o.constructor.name}:${o.y}:${Object.keys(o)}`).join(' '), seen);
