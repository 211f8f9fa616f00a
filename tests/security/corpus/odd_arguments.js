// Built-ins given hostile arguments (host objects, functions, huge or negative numbers) return JS values.
// expect-status: 200
// expect-body: {"from":[],"fromFn":[],"keysFn":[],"entriesRange":[],"sliced":[2,3],"concat":5,"idx":-1,"fill":[0,0],"fromCodes":"\u0000\u0001","str":"[object Headers]","num":null,"sorted":[1,2,3]}
export function attack(req) {
  const a = [1, 2, 3];
  return Response.json({
    from: Array.from(Math), fromFn: Array.from(() => 1), keysFn: Object.keys(Math.max),
    entriesRange: Object.entries(range(2)), sliced: a.slice(1, 2 ** 53), concat: a.concat(Headers(), req).length,
    idx: a.indexOf(a, -(2 ** 60)), fill: [1, 2].fill(0, -(2 ** 40), 2 ** 40),
    fromCodes: String.fromCharCode(65536, 65537), str: String(Headers()), num: Number(req.headers),
    sorted: a.toSorted(() => req),
  });
}
