/** A drag handle between two panels; reports how far it moved, in px, while dragging. */
export function Splitter({ direction, onDrag, label }: { direction: "row" | "column"; onDrag: (delta: number) => void; label: string }) {
  return (
    <div
      role="separator"
      aria-orientation={direction === "row" ? "vertical" : "horizontal"}
      aria-label={label}
      className={`splitter ${direction}`}
      onPointerDown={(event) => {
        event.preventDefault();
        const handle = event.currentTarget;
        handle.setPointerCapture(event.pointerId);
        let last = direction === "row" ? event.clientX : event.clientY;
        const move = (moved: PointerEvent) => {
          const now = direction === "row" ? moved.clientX : moved.clientY;
          onDrag(now - last);
          last = now;
        };
        const up = () => {
          handle.removeEventListener("pointermove", move);
          handle.removeEventListener("pointerup", up);
        };
        handle.addEventListener("pointermove", move);
        handle.addEventListener("pointerup", up);
      }}
    />
  );
}
