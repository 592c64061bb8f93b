// An await of a rejected promise resumes by throwing into the function.
async function f() {
  try {
    await Promise.reject(new Error('rejected'));
  } catch (e) {
    console.log('caught', e.message);
  }
  return 'recovered';
}
f().then((v) => console.log(v));
