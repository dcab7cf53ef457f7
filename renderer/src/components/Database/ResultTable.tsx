/** Rows as a table; NULL shown as such, long values clipped with the full text on hover. */
export function ResultTable({ columns, rows, testId }: { columns: string[]; rows: unknown[][]; testId: string }) {
  return (
    <div className="result-scroll">
      <table className="grid" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column}>{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((value, j) => (
                <td key={j} className="mono ellipsis" title={text(value)}>
                  {value === null ? <span className="muted">NULL</span> : text(value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function text(value: unknown): string {
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  return String(value);
}
