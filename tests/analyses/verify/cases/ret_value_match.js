// build: --verify
export function handler(req) {
  return match (req.path) {
    when "/a": Response.text("a")
    when "/b": { b: 1 }
    when "/c": "c"
  };
}
