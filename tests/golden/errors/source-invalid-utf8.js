// Invalid UTF-8 in a comment: ÿþ is replaced and ignored.
// Node decodes the file replacing each maximal bad subsequence with U+FFFD.
const cases = {
  lone: 'ÿ',
  truncated3: 'aâ‚b',
  truncated4: 'ðŸ˜',
  overlong: 'À¯',
  surrogate: 'í €',
  tooBig: 'ô€€',
  mixed: 'â‚¬€â‚¬',
};
for (const [name, s] of Object.entries(cases)) {
  const units = [...s].map((c) => c.codePointAt(0).toString(16)).join(' ');
  console.log(name, s.length, units);
}
