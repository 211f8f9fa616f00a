type User = { id: string; name: string; email?: string };
const patch: Partial<User> = { name: "x" };
const full: Required<User> = { id: "1", name: "n", email: "e" };
const frozen: Readonly<User> = { id: "1", name: "n" };
const idOnly: Pick<User, "id"> = { id: "1" };
const noEmail: Omit<User, "email"> = { id: "1", name: "n" };
const counts: Record<string, number> = { a: 1 };
const flags: Record<"on" | "off", boolean> = { on: true, off: false };
export function handler(_req: Request): Response {
  return Response.json({ patch, full, frozen, idOnly, noEmail, a: counts["a"], flags });
}
