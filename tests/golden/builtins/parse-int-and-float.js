console.log("parseInt:", parseInt("42"), parseInt("42px"), parseInt("  -17 "), parseInt("px42"), parseInt(""));
console.log("radix:", parseInt("ff", 16), parseInt("0xff"), parseInt("0xff", 10), parseInt("101", 2), parseInt("z", 36), parseInt("9", 8));
console.log("invalid radix:", parseInt("10", 1), parseInt("10", 37), parseInt("10", 0));
console.log("floats truncated:", parseInt("3.99"), parseInt(-3.99), parseInt(0.0000005), parseInt(1e21));
console.log("parseFloat:", parseFloat("3.14abc"), parseFloat(".5"), parseFloat("-.5e2"), parseFloat("1e1000"), parseFloat("Infinityx"), parseFloat("x1"));
console.log("Number.parseFloat is parseFloat:", Number.parseFloat === parseFloat, Number.parseInt === parseInt);
console.log("leading zeros:", parseInt("007"), parseFloat("007.50"));
console.log("big digits:", parseInt("123456789012345678901234567890"));
