type CardProps = { title: string; count: number };
function Card(props: CardProps): JSX.Element {
  return <div>{props.title} {props.count}</div>;
}
function Empty(): JSX.Element {
  return <p></p>;
}
export function handler(_req: Request): Response {
  const a = <Card title="x" count="3" />;
  const b = <Card title="x" />;
  const c = <Card title="x" count={1} extra={true} />;
  const d = <Card title="x" count={1}>child</Card>;
  return Response.html(renderToString(<div>{a}{b}{c}{d}<Empty /></div>));
}
