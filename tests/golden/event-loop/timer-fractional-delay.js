// Node truncates a delay to whole ms: 1.5 waits 1 ms and joins the 1 ms list, so A
// (armed first) runs before B. 2.9 waits 2 ms, before C's 3 ms.
setTimeout(() => console.log('A 1.5'), 1.5);
setTimeout(() => console.log('B 1'), 1);
setTimeout(() => console.log('C 3'), 3);
setTimeout(() => console.log('D 2.9'), 2.9);
setTimeout(() => console.log('E 0.5 (1 ms)'), 0.5);
