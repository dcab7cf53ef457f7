import type { HostApi } from "../../../app/contract";
import { createHttpBridge } from "./httpBridge";

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in web mode. */
    mvtHost?: HostApi;
  }
}

/** The host: the Electron preload's bridge when present, else HTTP to the web server. */
export function connectHost(): HostApi {
  if (window.mvtHost) return window.mvtHost;
  const token = document.querySelector<HTMLMetaElement>('meta[name="mvt-token"]')?.content ?? "";
  return createHttpBridge(document.baseURI, token);
}
