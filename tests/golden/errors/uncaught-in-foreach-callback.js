[1, 2].forEach((x) => {
  if (x === 2) null.boom;
});
