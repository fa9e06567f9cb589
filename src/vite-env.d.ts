/// <reference types="svelte" />
/// <reference types="vite/client" />

/** The project's public/config.json, validated at build time (tools/page-config); null if none. */
declare module 'virtual:ff-built-config' {
  const built: import('./core/types').ConfigStart | null;
  export default built;
}
