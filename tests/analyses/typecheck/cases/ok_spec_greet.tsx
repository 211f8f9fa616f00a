function formField(body: string | undefined, name: string): string {
  if (body === undefined) {
    return "";
  }
  for (const pair of body.split("&")) {
    const [key, value = ""] = pair.split("=");
    if (decodeURIComponent(key) === name) {
      return decodeURIComponent(value.replaceAll("+", " "));
    }
  }
  return "";
}

function Greeting(props: { name: string }): JSX.Element {
  return <p id="greeting">Hello, {props.name}!</p>;
}

function Page(): JSX.Element {
  return (
    <html>
      <head>
        <script src="https://unpkg.com/htmx.org@2.0.4"></script>
      </head>
      <body>
        <form hx-post="/greet" hx-target="#greeting" hx-swap="outerHTML">
          <input name="name" required />
          <button type="submit">Greet</button>
        </form>
        <p id="greeting"></p>
      </body>
    </html>
  );
}

export function handler(req: Request): Response {
  if (req.method === "POST" && req.path === "/greet") {
    if (req.headers.get("hx-request") !== "true") {
      return Response.redirect("/", 303);
    }
    const name = formField(req.body, "name");
    const html = renderToString(<Greeting name={name === "" ? "stranger" : name} />);
    return Response.html(html, { headers: { "HX-Trigger": "greeted", Vary: "HX-Request" } });
  }
  return Response.html(renderToString(<Page />), { headers: { Vary: "HX-Request" } });
}
