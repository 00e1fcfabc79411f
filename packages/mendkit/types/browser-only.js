// What Node gets for the CDN entries, which carry their own browser-only copy of lit: a clear
// message instead of "HTMLElement is not defined".
throw new Error("mendkit's elements need a browser; for server rendering use mendkit/ssr");
