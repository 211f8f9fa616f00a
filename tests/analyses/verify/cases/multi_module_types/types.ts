export type Note = { title: string };
export const Kind = "note";
export function makeNote(title: string): Note {
  return { title };
}
