// Tests run outside Next's bundler, where the real 'server-only' module throws
// on import. The fence still applies to the app build.
export {};
