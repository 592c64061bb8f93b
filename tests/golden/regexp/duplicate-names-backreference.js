// `\k<name>` for a name that groups in different alternatives share matches what the
// group that took part captured.
console.log(/(?:(?<x>a)|(?<x>b))\k<x>/.exec('bb'));
console.log(/(?:(?<x>a)|(?<x>b))\k<x>/.exec('aa')[0]);
console.log(/(?:(?:(?<x>a)|(?<x>b))\k<x>){2}/.test('aabb'), /(?:(?:(?<x>a)|(?<x>b))\k<x>){2}/.test('abab'));
console.log(/(?:(?:(?<x>a)|(?<x>b))\k<x>){2}/.exec('aabb').groups.x);
// Backwards, in a lookbehind.
console.log(/(?<=(?:(?<x>a)|(?<x>b))\k<x>)c/.exec('bbc').index);
// Case-insensitive, and with three groups sharing the name.
console.log(/(?:(?<x>a)|(?<x>b)|(?<x>c))\k<x>/i.exec('cC')[0]);
// A name shared by groups after other groups, with more than nine groups before it.
const many = /(1)(2)(3)(4)(5)(6)(7)(8)(9)(0)(?:(?<y>p)|(?<y>q))\k<y>0/;
console.log(many.exec('1234567890qq0')[0], many.test('1234567890q0'));
// Class contents and escapes are not groups or backreferences.
console.log(/(?:(?<x>[(]a)|(?<x>\(b))\k<x>/.exec('(b(b')[0]);
console.log('xyyx'.replace(/(?<c>x)|(?<c>y)\k<c>/g, '[$<c>]'));
console.log(/(?:(?<x>a)|(?<x>b))\k<x>/v.exec('bb')[0], /[[\(]--[a]](?:(?<x>a)|(?<x>b))\k<x>/v.exec('(bb')[0]);
