/** The file tree's model: folders and files from flat "/"-separated paths. */

export interface TreeNode {
  name: string;
  path: string;
  folder: boolean;
  children: TreeNode[];
}

/** Builds the tree, folders first, each level sorted by name. */
export function buildTree(files: string[], folders: string[]): TreeNode[] {
  const root: TreeNode = { name: "", path: "", folder: true, children: [] };
  const ensure = (path: string, folder: boolean): void => {
    let node = root;
    const parts = path.split("/");
    parts.forEach((name, i) => {
      const here = parts.slice(0, i + 1).join("/");
      const isFolder = folder || i < parts.length - 1;
      let child = node.children.find((candidate) => candidate.name === name && candidate.folder === isFolder);
      if (!child) node.children.push((child = { name, path: here, folder: isFolder, children: [] }));
      node = child;
    });
  };
  folders.forEach((path) => ensure(path, true));
  files.forEach((path) => ensure(path, false));
  sort(root);
  return root.children;
}

function sort(node: TreeNode): void {
  node.children.sort((a, b) => Number(b.folder) - Number(a.folder) || a.name.localeCompare(b.name));
  node.children.forEach(sort);
}

const ICONS: Record<string, string> = { ts: "TS", tsx: "TS", js: "JS", html: "<>", css: "#", json: "{}", md: "M", sqlite3: "DB" };

/** A short badge for the file's type, shown before its name. */
export function iconOf(path: string, folder: boolean): string {
  if (folder) return "▸";
  return ICONS[path.slice(path.lastIndexOf(".") + 1)] ?? "·";
}

/** The folder holding `path` ("" at the top). */
export function parentOf(path: string): string {
  return path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
}
