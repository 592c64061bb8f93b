// Warnings are emitted from a tick, as Error objects named after their type.
process.on('warning', (w) => console.log('warning:', w.name, w.message, w.code, w instanceof Error));
process.emitWarning('something odd');
process.emitWarning('old api', 'DeprecationWarning', 'DEP0999');
process.emitWarning('with options', { type: 'CustomWarning', code: 'C1', detail: 'more' });
setTimeout(() => {}, 2 ** 31);
setTimeout(() => {}, -1);
setTimeout(() => {}, -2);
console.log('sync');
