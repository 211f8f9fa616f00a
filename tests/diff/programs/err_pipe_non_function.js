// expect-error: err_pipe_non_function.js:5:13 TypeError: steps.upper is not a function
// the right operand of |> must be a function
const steps = { trim: (s) => s.trim(), upper: JSON.parse(`"not a function"`) };
console.log("  hi  " |> steps.trim);
console.log("hi" |> steps.upper);
