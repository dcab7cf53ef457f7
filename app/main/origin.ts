/** The app:// origin the desktop renderer is served from. */

export const APP_SCHEME = "app";
const APP_HOST = "mvt-lab";
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for a URL of the app's own pages. Compares scheme and host: Node's URL gives a
 * custom scheme the opaque origin "null", whatever Chromium thinks of it.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false; // not a URL at all, so not ours
  }
}
