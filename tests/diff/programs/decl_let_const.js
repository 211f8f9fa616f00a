// let/const declarations, several declarators, block scoping and shadowing
let a = 1, b = 2;
const c = a + b;
let d;
console.log(a, b, c, d);
{
  const a = "inner";
  let b = [a];
  console.log(a, b);
  {
    const a = { deeper: true };
    console.log(a);
  }
  console.log(a);
}
console.log(a, b);
a = 10;
b += a;
d = `${a}-${b}`;
console.log(a, b, d);
const [x, y] = [b, a];
console.log(x, y);
