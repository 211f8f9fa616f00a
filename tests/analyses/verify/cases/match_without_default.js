// build: --verify
function label(n) {
  return match (n) {
    when 1: "one"
    when 2: "two"
  };
}

function total(n) {
  return match (n) {
    when 1: "one"
    when _: "many"
  };
}

export function handler(req) {
  return Response.text(String(label(1)) + total(2));
}
