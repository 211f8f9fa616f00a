// a tokenizer (a character state machine) and a recursive-descent evaluator with variables and functions
function kindOf(c) {
  if ("0123456789.".includes(c)) {
    return "num";
  }
  if (c.toLowerCase() !== c.toUpperCase() || c === "_") {
    return "name";
  }
  return c === " " ? "space" : "op";
}
function tokenize(src) {
  const tokens = [];
  let cur = { kind: "space", text: "" };
  for (const c of src + " ") {
    const k = kindOf(c);
    const continues = (k === cur.kind && k !== "op") || (cur.kind === "name" && k === "num");
    if (continues) {
      cur.text += c;
    } else {
      if (cur.kind !== "space") {
        tokens.push(cur);
      }
      cur = { kind: k, text: c };
    }
  }
  return tokens;
}
function parse(tokens) {
  const st = { pos: 0 };
  const peek = () => tokens[st.pos]?.text;
  const next = () => {
    st.pos += 1;
    return tokens[st.pos - 1];
  };
  function primary() {
    const t = next();
    if (t.kind === "num") {
      return { op: "num", value: Number(t.text) };
    }
    if (t.text === "(") {
      const e = expr();
      next();
      return e;
    }
    if (t.text === "-") {
      return { op: "neg", arg: power() };
    }
    if (peek() === "(") {
      next();
      const args = [expr()];
      for (const _ of tokens) {
        if (peek() !== ",") {
          return finish();
        }
        next();
        args.push(expr());
      }
      return finish();
      function finish() {
        next();
        return { op: "call", name: t.text, args };
      }
    }
    return { op: "var", name: t.text };
  }
  function power() {
    const base = primary();
    if (peek() === "^") {
      next();
      return { op: "^", left: base, right: power() };
    }
    return base;
  }
  function binary(sub, ops) {
    let left = sub();
    for (const _ of tokens) {
      if (!ops.includes(peek() ?? "")) {
        return left;
      }
      const op = next().text;
      left = { op, left, right: sub() };
    }
    return left;
  }
  const term = () => binary(power, ["*", "/", "%"]);
  const expr = () => binary(term, ["+", "-"]);
  return expr();
}
const fns = { max: Math.max, min: Math.min, sqrt: Math.sqrt, hyp: (a, b) => Math.hypot(a, b) };
function evaluate(node, env) {
  switch (node.op) {
    case "num":
      return node.value;
    case "var":
      return env[node.name] ?? NaN;
    case "neg":
      return -evaluate(node.arg, env);
    case "call":
      return fns[node.name](...node.args.map((a) => evaluate(a, env)));
    case "^":
      return evaluate(node.left, env) ** evaluate(node.right, env);
    case "+":
      return evaluate(node.left, env) + evaluate(node.right, env);
    case "-":
      return evaluate(node.left, env) - evaluate(node.right, env);
    case "*":
      return evaluate(node.left, env) * evaluate(node.right, env);
    case "/":
      return evaluate(node.left, env) / evaluate(node.right, env);
    default:
      return evaluate(node.left, env) % evaluate(node.right, env);
  }
}
const env = { x: 3, y: 4, rate2: 0.5 };
const sources = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "hyp(x, y) / 2", "max(1, x * y, 7) - min(2, y)",
  "10 % 4 + 0.1 + 0.2", "sqrt(2) * sqrt(2)", "rate2 * 100", "1 / 0 - 1 / 0", "undefinedVar + 1", "7 - 2 - 1"];
for (const src of sources) {
  const ast = parse(tokenize(src));
  console.log(src.padEnd(30), "=", evaluate(ast, env));
}
console.log(JSON.stringify(parse(tokenize("a + b * (c - 1)"))));
console.log(tokenize("f(x1, 2.5)*y_2"));
