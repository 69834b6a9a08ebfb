/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Kubernetes client uses Node APIs and dynamic requires; keep it out of the bundle.
  serverExternalPackages: ['@kubernetes/client-node'],
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
