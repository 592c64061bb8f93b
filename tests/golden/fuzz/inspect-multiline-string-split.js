// Found by scripts/difffuzz. console.log prints a long string with line breaks that sits
// inside an object or array as one piece per line joined with ' +' (formatPrimitive in
// Node's util.inspect splits it when it is longer than the room left on the line); jsloop
// prints it whole.
// jsloop printed (exit code 0):
//   {
//     text: 'first line of the text\nsecond line of the text\nthird line of the text\nand a fourth one\n'
//   }
//   [
//     'first line of the text\nsecond line of the text\nthird line of the text\nand a fourth one\n',
//     'short\none'
//   ]
//   {
//     nested: {
//       deeper: {
//         text: 'first line of the text\nsecond line of the text\nthird line of'
//       }
//   ...
const text = "first line of the text\nsecond line of the text\nthird line of the text\nand a fourth one\n";
console.log({ text });
console.log([text, "short\none"]);
console.log({ nested: { deeper: { text: text.slice(0, 60) } } });
console.log(new Map([["k", text]]));
console.log(text.length, [text.slice(0, 10)]);
