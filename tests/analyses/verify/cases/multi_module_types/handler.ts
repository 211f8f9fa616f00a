// build: --verify
import { type Note, makeNote, Kind } from "./types.ts";

export function handler(req: Request): Response {
  const note: Note = makeNote(req.path);
  const kind: typeof Kind = Kind;
  return Response.json({ note, kind });
}
