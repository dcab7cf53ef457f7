/** Names and values (headers, cookies, a template's context) as a two-column list. */
export function Pairs({ pairs, empty, testId }: { pairs: Record<string, string>; empty: string; testId?: string }) {
  const entries = Object.entries(pairs);
  if (entries.length === 0) return <p className="muted">{empty}</p>;
  return (
    <dl className="pairs mono" data-testid={testId}>
      {entries.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
