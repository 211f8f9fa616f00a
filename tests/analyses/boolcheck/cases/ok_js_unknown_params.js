function check(v) {
  if (v) {
    return "truthy";
  }
  return "falsy";
}
export function handler(_req) {
  return Response.text(check(1));
}
