/** Vite's `?url` imports: the URL of a bundled asset (the worker's wasm files). */
declare module "*?url" {
  const url: string;
  export default url;
}
