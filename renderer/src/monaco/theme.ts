/** Light and dark, following the OS: the page's colours (CSS) and Monaco's theme together. */
import * as monaco from "monaco-editor";

const dark = window.matchMedia("(prefers-color-scheme: dark)");

function apply(): void {
  monaco.editor.setTheme(dark.matches ? "vs-dark" : "vs");
  document.documentElement.dataset.theme = dark.matches ? "dark" : "light";
}

/** Applies the OS theme now and whenever it changes. */
export function followOsTheme(): void {
  apply();
  dark.addEventListener("change", apply);
}
