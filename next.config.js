/** @type {import('next').NextConfig} */
const nextConfig = {
  // A self-contained server (<distDir>/standalone/server.js with only the node_modules it traced), which the
  // container image runs; scripts/standalone.ts copies the static assets beside it (npm run build does that).
  output: 'standalone',
  // Trace from this folder, not from a lockfile a parent directory may hold.
  outputFileTracingRoot: __dirname,
  // The tracer follows the kubeconfig loader's computed file paths into its whole folder (sources and tests);
  // the server runs from its bundle and reads none of them. Nor does it use next/image, so the image
  // optimizer's sharp binaries (about 20 MB) stay out too. Turbopack matches these anywhere in a path: a
  // plain lib/** (even ./lib/**) would also drop packages' own lib/ folders, which the server needs.
  outputFileTracingExcludes: { '**': ['lib/k8s/**/*', 'node_modules/sharp/**/*', 'node_modules/@img/**/*'] },
  images: { unoptimized: true },
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
