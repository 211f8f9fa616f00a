// number parsing: one op = parseInt (radix 10 and 16), parseFloat and Number() of short strings
const INPUTS = ["42", "  -17px", "0x1F", "3.14159", "1e3", "007", "12abc", "-0.5"];
function bench(n) {
  let sum = 0;
  for (const i of range(n)) {
    const s = INPUTS[i % 8];
    const a = parseInt(s, 10);
    const b = parseInt(s, 16);
    const c = parseFloat(s);
    const d = Number(s);
    sum += (a === a ? a : 0) + (b === b ? b : 0) + (c === c ? c : 0) + (d === d ? d : 0);
  }
  return Math.round(sum * 100) / 100;
}
