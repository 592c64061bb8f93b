function getX(point) {
  return point.x;
}
console.log(getX({ x: 1 }));
console.log(getX());
