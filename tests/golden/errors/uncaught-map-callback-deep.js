function parse(line) {
  return line.split(',').map((cell) => cell.trim().toUpperCase()).map(Number.parseInt);
}
function parseAll(lines) {
  return lines.map(parse);
}
parseAll(['a, b', null]);
