function Card(props) {
  return <div>{props.title}</div>;
}
export function handler(_req) {
  const n = 5;
  const page = <Card nope={1} />;
  return Response.html(renderToString(page) + n());
}
