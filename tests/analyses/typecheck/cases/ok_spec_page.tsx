type CardProps = { title: string; count: number; children?: JSX.Element | string };

function Card(props: CardProps): JSX.Element {
  return (
    <div className="card">
      <h1>{props.title}</h1>
      <p>Count: {props.count}</p>
      {props.children}
    </div>
  );
}

export function handler(_req: Request): Response {
  const page = (
    <html lang="en">
      <head><title>Demo</title></head>
      <body>
        <Card title="Tom & Jerry" count={42}>
          <input type="checkbox" checked disabled={false} />
        </Card>
        <br />
      </body>
    </html>
  );
  return Response.html(renderToString(page));
}
