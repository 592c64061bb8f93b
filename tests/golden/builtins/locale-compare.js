// localeCompare uses ICU's collation: the root order for Node's default locale, locale
// tailorings, and the numeric, sensitivity, caseFirst and ignorePunctuation options.
const words = ['z', 'a', 'ä', 'e', 'é', 'E', 'A', '_', '-', '1', '10', '2', 'Z', 'résumé', 'resume', 'Resume', 'ß', 'ss', 'Å', 'ø', 'o', '😀', '', ' ', 'a b', 'ab', '\ud800', 'ﬁ', 'fi'];
console.log([...words].sort((x, y) => x.localeCompare(y)).join('|'));
console.log([...words].sort((x, y) => x.localeCompare(y, 'sv')).join('|'));
console.log([...words].sort((x, y) => x.localeCompare(y, 'de')).join('|'));
console.log(['a10', 'a2', 'a1'].sort((x, y) => x.localeCompare(y, undefined, { numeric: true })));
console.log('a'.localeCompare('A', undefined, { sensitivity: 'base' }), 'a'.localeCompare('á', undefined, { sensitivity: 'base' }), 'a'.localeCompare('á', undefined, { sensitivity: 'accent' }), 'a'.localeCompare('A', undefined, { sensitivity: 'case' }), 'a'.localeCompare('A'));
console.log(['a', 'A', 'b', 'B'].sort((x, y) => x.localeCompare(y, 'en', { caseFirst: 'upper' })));
console.log('a-b'.localeCompare('ab', undefined, { ignorePunctuation: true }), 'a b'.localeCompare('ab'));
try { 'a'.localeCompare('b', 'not a locale!') } catch (e) { console.log(e.name, e.message) }
try { 'a'.localeCompare('b', undefined, { sensitivity: 'x' }) } catch (e) { console.log(e.name, e.message) }
console.log('a'.localeCompare(), 'undefined'.localeCompare(), 'x'.localeCompare('x'));
