// build: --verify
export const handler = req => {
  if (req.path === "/") {
    return "root";
  }
};
