import { useState } from "react";
import { useApp } from "../../store";

/** The preview's address: shows where the page is; Enter goes where it says. */
export function AddressBar() {
  const address = useApp((state) => state.address);
  // Keyed by the address: a new page starts a fresh field, discarding half-typed text.
  return <AddressField key={address} address={address} />;
}

function AddressField({ address }: { address: string }) {
  const navigate = useApp((state) => state.navigate);
  const [text, setText] = useState(address);
  return (
    <form
      className="address-bar"
      onSubmit={(event) => {
        event.preventDefault();
        void navigate("GET", text.startsWith("/") ? text : `/${text}`);
      }}
    >
      <input
        aria-label="Address"
        data-testid="address"
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
    </form>
  );
}
