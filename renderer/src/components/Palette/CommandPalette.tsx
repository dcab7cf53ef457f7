import { useMemo, useState } from "react";
import { actions, shortcutLabel } from "../../actions/registry";
import { useApp, useAppStore } from "../../store";
import { ManageDialog } from "./Manage/ManageDialog";

/** Every registered action, filtered as you type; Enter runs the first enabled match. Management commands open their dialog. */
export function CommandPalette() {
  const open = useApp((state) => state.paletteOpen);
  return (
    <>
      {open && <PaletteDialog />}
      <ManageDialog />
    </>
  );
}

function PaletteDialog() {
  const store = useAppStore();
  const setOpen = useApp((state) => state.setPaletteOpen);
  const [query, setQuery] = useState("");
  const [index, setIndex] = useState(0);
  const state = store.getState();
  const matches = useMemo(
    () => actions.filter((action) => action.name !== "palette" && action.label.toLowerCase().includes(query.toLowerCase())),
    [query],
  );
  const run = (i: number) => {
    const action = matches[i];
    if (!action || !action.enabled(store.getState())) return;
    setOpen(false);
    action.perform(store.getState());
  };
  return (
    <div className="palette-backdrop" onClick={() => setOpen(false)}>
      <div className="palette" role="dialog" aria-label="Command palette" data-testid="palette" onClick={(event) => event.stopPropagation()}>
        <input
          autoFocus
          aria-label="Command"
          data-testid="palette-input"
          placeholder="Type a command…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setIndex(0);
          }}
          onKeyDown={(event) => {
            if (event.key === "Escape") setOpen(false);
            else if (event.key === "ArrowDown") setIndex(Math.min(index + 1, matches.length - 1));
            else if (event.key === "ArrowUp") setIndex(Math.max(index - 1, 0));
            else if (event.key === "Enter") run(index);
            else return;
            event.preventDefault();
          }}
        />
        <ul className="palette-list">
          {matches.map((action, i) => (
            <li key={action.name}>
              <button
                type="button"
                className={i === index ? "palette-item active" : "palette-item"}
                data-testid={`palette-${action.name}`}
                disabled={!action.enabled(state)}
                onClick={() => run(i)}
              >
                {action.label}
                {action.shortcut && <kbd>{shortcutLabel(action.shortcut)}</kbd>}
              </button>
            </li>
          ))}
          {matches.length === 0 && <li className="muted palette-item">No command matches “{query}”.</li>}
        </ul>
      </div>
    </div>
  );
}
