// if/else chains, nested ifs, early returns, blocks with declarations and single-statement bodies
function classify(n) {
  if (n !== n) {
    return "NaN";
  } else if (n === Infinity || n === -Infinity) {
    return "infinite";
  } else if (Number.isInteger(n)) {
    if (n === 0) {
      return 1 / n > 0 ? "+zero" : "-zero";
    }
    return n % 2 === 0 ? "even" : "odd";
  }
  return "fraction";
}
console.log([NaN, Infinity, -Infinity, 0, -0, 4, 7, 2.5, -3].map(classify));
function grade(score) {
  let letter;
  if (score >= 90) letter = "A";
  else if (score >= 80) letter = "B";
  else letter = "C";
  if (score === 100) {
    const bonus = "+";
    letter += bonus;
  }
  return letter;
}
console.log([100, 95, 85, 50].map(grade));
function firstNegative(xs) {
  for (const x of xs) {
    if (x < 0) {
      return x;
    }
  }
  return undefined;
}
console.log(firstNegative([1, 2, -3, -4]), firstNegative([1]), firstNegative([]));
let state = "start";
if (state === "start") {
  state = "running";
}
if (state === "running") {
  state = "done";
} else {
  state = "error";
}
console.log(state);
