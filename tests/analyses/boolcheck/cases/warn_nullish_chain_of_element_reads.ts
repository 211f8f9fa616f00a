const SUFFIXES: string[] = ["th", "st", "nd", "rd"];

function ordinal(n: number): string {
  const v = n % 100;
  // an element read may be out of bounds, and so may a ?? chain ending in one: no warning here
  return n + (SUFFIXES[(v - 20) % 10] ?? SUFFIXES[v] ?? SUFFIXES[0]);
}

export function handler(req: Request): Response {
  const label: string = "n";
  return Response.text(`${label ?? "unused"} ${ordinal(req.path.length)}`);
}
