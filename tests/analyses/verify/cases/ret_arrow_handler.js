// build: --verify
const handler = (req) => {
  if (req.path === "/") {
    return Response.text("root");
  }
};
