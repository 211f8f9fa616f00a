// nested switches and if/else bodies that always return
function route(method, path) {
  switch (method) {
    case "GET":
      switch (path) {
        case "/":
          return "index";
        case "/about":
          return "about";
        default:
          return "not found";
      }
    case "POST":
      if (path === "/form") {
        return "submitted";
      } else {
        return "bad post";
      }
    default:
      return "method not allowed";
  }
}
const cases = [["GET", "/"], ["GET", "/about"], ["GET", "/x"], ["POST", "/form"], ["POST", "/"], ["PUT", "/"]];
for (const [m, p] of cases) {
  console.log(`${m} ${p} -> ${route(m, p)}`);
}
function grade(score) {
  switch (true) {
    case score >= 90:
      return "A";
    case score >= 80:
      return "B";
    case score >= 70:
      return "C";
    default:
      return "F";
  }
}
console.log([95, 85, 75, 10].map(grade).join(""));
