console.log(encodeURIComponent("a b&c=d/e?f#g"));
console.log(encodeURI("http://x.test/a b?q=1&r=ü#frag"));
console.log(encodeURIComponent("héllo 😀"));
console.log(decodeURIComponent("a%20b%26c%3Dd"));
console.log(decodeURI("%41%2F%20"));
console.log("reserved kept by encodeURI:", encodeURI(";/?:@&=+$,#"));
console.log("unreserved:", encodeURIComponent("-_.!~*'()"));
try {
  decodeURIComponent("%E0%A4%A");
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  encodeURIComponent("\ud800");
} catch (e) {
  console.log(e.name + ": " + e.message);
}
