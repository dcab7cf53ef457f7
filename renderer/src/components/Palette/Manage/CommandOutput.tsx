/** What a command printed, as Django prints it; red when it failed. */
export function CommandOutput({ text, ok }: { text: string; ok: boolean }) {
  return (
    <pre className={ok ? "manage-output" : "manage-output failed"} data-testid="manage-output" data-ok={ok}>
      {text}
    </pre>
  );
}
