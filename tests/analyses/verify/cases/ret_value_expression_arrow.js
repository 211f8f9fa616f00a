// build: --verify
export const handler = (req) => req.path === "/" ? "root" : 404;
