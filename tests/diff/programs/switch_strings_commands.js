// a command interpreter: switch on strings with grouped aliases, nested switch on argument counts
function run(state, line) {
  const [cmd, ...args] = line.split(" ");
  switch (cmd) {
    case "push":
    case "p":
      return { ...state, stack: [...state.stack, ...args.map(Number)] };
    case "pop":
      return { ...state, stack: state.stack.slice(0, -1) };
    case "add":
    case "+": {
      const [a, b, ...rest] = state.stack.toReversed();
      return { ...state, stack: [...rest.toReversed(), a + b] };
    }
    case "dup":
      switch (state.stack.length) {
        case 0:
          return { ...state, errors: state.errors + 1 };
        default:
          return { ...state, stack: [...state.stack, state.stack.at(-1)] };
      }
    default:
      return { ...state, errors: state.errors + 1 };
  }
}
const program = ["push 1 2", "p 3", "add", "dup", "+", "bogus", "pop", "dup", "pop", "pop", "dup"];
let state = { stack: [], errors: 0 };
for (const line of program) {
  state = run(state, line);
  console.log(line.padEnd(10), JSON.stringify(state));
}
