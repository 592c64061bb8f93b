// Found by scripts/difffuzz. Math functions differ from V8 in the last digit for some
// inputs: V8 computes them with its port of fdlibm (src/base/ieee754.cc), whose results
// the platform's libm does not always reproduce.
// jsloop printed (exit code 0):
//   sin(2071185.0) 0.8738502738758163
//   sin(60000000.0) -0.5118170613028002
//   cos(72677800.0) 0.7157427788942406
//   cos(2071185.0) -0.4861951242527642
//   tan(60000000.0) 0.5957634271356178
//   tan(8350.11700916) -0.24076065257229995
//   exp(40.6) 428899920038671300
//   exp(5.17771) 177.27638289397592
//   log(23.432081008623) 3.1541060666986556
//   log(365.75319909079946) 5.90195878652172
//   log2(0.669527) -0.5787858586347596
//   log10(95065845.84) 7.978024516649182
//   ...
console.log("sin(2071185.0)", Math.sin(2071185.0));
console.log("sin(60000000.0)", Math.sin(60000000.0));
console.log("cos(72677800.0)", Math.cos(72677800.0));
console.log("cos(2071185.0)", Math.cos(2071185.0));
console.log("tan(60000000.0)", Math.tan(60000000.0));
console.log("tan(8350.11700916)", Math.tan(8350.11700916));
console.log("exp(40.6)", Math.exp(40.6));
console.log("exp(5.17771)", Math.exp(5.17771));
console.log("log(23.432081008623)", Math.log(23.432081008623));
console.log("log(365.75319909079946)", Math.log(365.75319909079946));
console.log("log2(0.669527)", Math.log2(0.669527));
console.log("log10(95065845.84)", Math.log10(95065845.84));
console.log("log10(1.5686752)", Math.log10(1.5686752));
console.log("cbrt(2.4936)", Math.cbrt(2.4936));
console.log("cbrt(9.97054e-07)", Math.cbrt(9.97054e-07));
console.log("atan(2.4936)", Math.atan(2.4936));
console.log("atan(13.4)", Math.atan(13.4));
console.log("acos(-0.0227672)", Math.acos(-0.0227672));
console.log("acos(-0.94)", Math.acos(-0.94));
console.log("sinh(40.6)", Math.sinh(40.6));
console.log("sinh(-40.6)", Math.sinh(-40.6));
console.log("cosh(40.6)", Math.cosh(40.6));
console.log("cosh(5.17771)", Math.cosh(5.17771));
console.log("asinh(660611525.401)", Math.asinh(660611525.401));
console.log("asinh(542675821.0739427)", Math.asinh(542675821.0739427));
console.log("acosh(660611525.401)", Math.acosh(660611525.401));
console.log("acosh(2.4936)", Math.acosh(2.4936));
console.log("atanh(6.84077e-05)", Math.atanh(6.84077e-05));
console.log("atanh(0.000786)", Math.atanh(0.000786));
console.log("atan2(0.00796234, 270000.0 - 3)", Math.atan2(0.00796234, 270000.0 - 3));
console.log("atan2(3000.0, 967000000.0 - 3)", Math.atan2(3000.0, 967000000.0 - 3));
