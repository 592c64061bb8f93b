async function run(fail) {
  try {
    console.log('try', fail);
    const v = await (fail ? Promise.reject(new Error('bad')) : Promise.resolve('good'));
    console.log('got', v);
    return 'returned ' + v;
  } catch (e) {
    console.log('catch', e.message);
    await null;
    console.log('catch after await');
    return 'recovered';
  } finally {
    console.log('finally', fail);
    await null;
    console.log('finally after await', fail);
  }
}
run(false).then((v) => console.log('result false:', v));
run(true).then((v) => console.log('result true:', v));
console.log('sync end');
