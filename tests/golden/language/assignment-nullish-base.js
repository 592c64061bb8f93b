// Reading and writing a property of null or undefined in one expression, and a strict
// write to a `with` binding deleted while the right side ran.
try {
  var nothing2;
  nothing2['q'] -= 1;
} catch (e) {
  console.log(e.message);
}
try {
  var nothing3 = null;
  nothing3[1]++;
} catch (e) {
  console.log(e.message);
}

(function () {
  var scope2 = {
    get w() {
      delete this.w;
      return 1;
    },
  };
  with (scope2) {
    (function () {
      'use strict';
      try {
        w += 1;
      } catch (e) {
        console.log(e.constructor.name, e.message);
      }
    })();
  }
})();
