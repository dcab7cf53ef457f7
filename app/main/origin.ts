/** The app:// origin the desktop renderer is served from. */

export const APP_SCHEME = "app";
export const APP_ORIGIN = `${APP_SCHEME}://mvt-lab`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** True for a URL of the app's own pages. */
export function isAppUrl(url: string): boolean {
  try {
    return new URL(url).origin === APP_ORIGIN;
  } catch {
    return false; // not a URL at all, so not ours
  }
}
