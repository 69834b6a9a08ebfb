/** @type {import('next').NextConfig} */
const nextConfig = {
  // A self-contained server (<distDir>/standalone/server.js with only the node_modules it traced), which the
  // container image runs; scripts/standalone.ts copies the static assets beside it (npm run build does that).
  output: 'standalone',
  // Trace from this folder, not from a lockfile a parent directory may hold.
  outputFileTracingRoot: __dirname,
  // The Kubernetes client uses Node APIs and dynamic requires; keep it out of the bundle.
  serverExternalPackages: ['@kubernetes/client-node'],
  // A separate build folder lets a second server (e.g. a dev server beside the e2e build) run from the same checkout.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  devIndicators: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
