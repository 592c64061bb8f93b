// Math functions and ** give V8's results to the last bit: the inputs below are ones
// where the platform's libm, musl's fdlibm variants or a correctly rounded result
// differ from what Node prints. Each line prints the input's function values.
const show = (name, f, xs) => console.log(name, xs.map((x) => String(f(x))).join(" "));

// fdlibm's sin, cos and tan, including its argument reduction near multiples of pi/2
// and for huge arguments (__kernel_rem_pio2).
show("sin", Math.sin, [2.4439046206413995, 0.45294941317024495, 358.3072099007139, 4894553474629.209, 2071185]);
show("cos", Math.cos, [2.4025227089052397, 9.71425844259864, 209.74345165898512, 4283771459289750.5, 1.5399974869071604e24]);
show("tan", Math.tan, [7.128011327935113, 99.86370439065895, 1782.4002267007104, 351737039009.56445, 1852143644605197.2]);
show("sin near k*pi/2", Math.sin, [Math.PI / 2, Math.PI, 3 * Math.PI / 2, 2 * Math.PI, 1e5 * Math.PI, 2 ** 19 * Math.PI]);
show("cos near k*pi/2", Math.cos, [Math.PI / 2, Math.PI, 3 * Math.PI / 2, 2 * Math.PI, 1e5 * Math.PI, 2 ** 19 * Math.PI]);
show("huge", Math.sin, [1e22, 1e300, 2 ** 1023, -1.7976931348623157e308]);
show("huge", Math.tan, [1e22, 1e300, 2 ** 1023, -1.7976931348623157e308]);
// The double nearest a multiple of pi/2: the remainder is about 2^-61, the smallest of
// any double, so the reduction needs x * 2/pi to about 115 bits after the point.
const nearest = 6381956970095103 * 2 ** 797;
console.log(nearest, Math.sin(nearest), Math.cos(nearest), Math.tan(nearest), Math.cos(-nearest));

// exp and log10 where glibc rounds the other way; subnormal and extreme arguments.
show("exp", Math.exp, [7.9426915405792196, 5.838857817411067, 48.87115126291128, 1.0194572020918136, 12.93827226603568]);
show("exp edges", Math.exp, [709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412, -708.4, 2 ** -29]);
show("log10", Math.log10, [2.4439046206413995, 6.563568189265259, 229.34734087405272, 1.7624705306333333, 95065845.84]);
show("subnormal", Math.log, [5e-324, 2.2250738585072014e-308, 1e-310]);
show("subnormal", Math.log2, [5e-324, 2.2250738585072014e-308, 1e-310]);
show("subnormal", Math.log10, [5e-324, 2.2250738585072014e-308, 1e-310]);
show("subnormal", Math.cbrt, [5e-324, -1e-310, 2.2250738585072014e-308]);
show("expm1", Math.expm1, [-745, 40, 1e-20, -0.34, 0.35, 709.78]);
show("log1p", Math.log1p, [-0.9999999999999999, 1e-17, 0.41421356237309503, -0.2928932188134524, 1e300]);

// cosh and sinh overflow only past 710.4758600739439, through exp(x/2)^2/2.
show("cosh", Math.cosh, [709, 710, 710.4758600739439, 710.475860073944, -710.3]);
show("sinh", Math.sinh, [709, -710, 710.4758600739439, 710.475860073944, 0.9]);
show("tanh", Math.tanh, [0.5, 1, 21.9, 22, -3e-9]);

// ** and Math.pow: x ** 2 is x * x (the exact square's tie rounds to even) and
// x ** 0.5 is the square root, for any such exponent; the ECMAScript NaN cases; the
// platform's pow for the rest.
const two = [2][0];
const half = [0.5][0];
console.log(104060401 ** 2, 104060401 ** two, Math.pow(209830330, 2), 104060401 * 104060401);
console.log(1.2210092877750016 ** 0.5, Math.pow(0.0694490641487906, half), Math.sqrt(0.0694490641487906));
console.log((-0) ** 0.5, Object.is((-0) ** half, 0), (-Infinity) ** half, Math.pow(-4, 0.5), Math.pow(-0, -0.5));
console.log(1 ** NaN, (-1) ** Infinity, Math.pow(1, -Infinity), NaN ** 0, Math.pow(NaN, -0));
console.log(Math.pow(21.722041396424174, 1.5), 2 ** -1074, 2 ** 1023, 10 ** -5, 10 ** 21, 1.1 ** 10, 3 ** 40, 7 ** 0.5);
let x = 101;
for (let i = 0; i < 4; i++) {
  x **= two;
  console.log(x);
}

// Math.hypot adds the scaled squares with Kahan's compensated summation.
console.log(Math.hypot(6.864838541790798, 9.690406502940995, 7.258526014465152, 5.276294143623982));
console.log(Math.hypot(1.000002710961272, 6.29352904800649, 7.2363901033957685, 2.963903927869346, 7.431466604224978));
console.log(Math.hypot(3, 4), Math.hypot(-5), Math.hypot(NaN, Infinity), Math.hypot(1e300, 1e300), Math.hypot(5e-324, 5e-324), Math.hypot());
