// build: --verify
function pick(n) {
  if (n > 1) {
    return "big";
  } else {
    return "small";
  }
  return "unreachable";
}

function name(k) {
  switch (k) {
    case 1:
      return "one";
      return "dead";
    default:
      return "other";
  }
  return "after";
}

export function handler(req) {
  return Response.text(pick(req.path.length) + name(1));
}
