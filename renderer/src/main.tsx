import "./monaco/environment";
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { ErrorBoundary } from "./components/common/ErrorBoundary";
import { connectHost } from "./host";
import { registerDjangoTemplates } from "./monaco/djangoTemplate";
import { setupMenuBridge } from "./lib/menuBridge";
import { followOsTheme } from "./monaco/theme";
import { installMvtTypings } from "./monaco/typings";
import { startSandbox } from "./sandbox/worker";
import { createAppStore, StoreContext } from "./store";

installMvtTypings();
registerDjangoTemplates();
followOsTheme();
const store = createAppStore(connectHost(), startSandbox);
setupMenuBridge(store);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </ErrorBoundary>
  </StrictMode>,
);
