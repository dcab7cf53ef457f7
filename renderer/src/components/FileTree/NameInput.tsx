import { useState } from "react";

/** An inline path field (create, rename, move): Enter commits, Escape cancels. */
export function NameInput({ initial, label, onDone }: { initial: string; label: string; onDone: (path: string | null) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <form
      className="name-input"
      onSubmit={(event) => {
        event.preventDefault();
        onDone(value.trim() || null);
      }}
    >
      <input
        autoFocus
        aria-label={label}
        data-testid="tree-name-input"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") onDone(null);
        }}
        onBlur={() => onDone(null)}
      />
    </form>
  );
}
