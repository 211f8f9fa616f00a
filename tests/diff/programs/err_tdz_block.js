// expect-error: err_tdz_block.js:4:31 ReferenceError: Cannot access 'total' before initialization
// TDZ in a block: a closure called before a block-level const is initialised
{
  const show = () => `total=${total}`;
  console.log(typeof show);
  console.log(show());
  const total = 3;
}
