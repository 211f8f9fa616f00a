// Node twin of err_pipe_non_function.js
const steps = { trim: (s) => s.trim(), upper: JSON.parse(`"not a function"`) };
console.log(steps.trim("  hi  "));
throw new TypeError("steps.upper is not a function");
