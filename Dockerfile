# kube-explain: the standalone Next.js server (npm run build → .next/standalone) on Node 24.
#
# These machines cannot build images; the tests run what this image runs — the
# standalone folder with `node server.js`, no node_modules around it, as an
# unprivileged user that cannot write to it — directly (e2e/standalone.spec.ts).
#
#   docker build -t kube-explain .
#   (README, "In a cluster": helm install; the chart sets the environment and mounts)
#
# In a cluster the Helm chart (deploy/helm/kube-explain) runs it with a read-only
# root filesystem, an emptyDir at /app/.next/cache and the pod's ServiceAccount.

# node:24-slim (Debian, multi-arch index), pinned by digest so a rebuild gets the same base.
# Refresh deliberately: look up the current digest of node:24-slim and replace it here.
ARG NODE_IMAGE=node:24-slim@sha256:a9f5f7c91a432850b2a8a7797adf5eadb6c733ceed61167806cee7ea7fbc29df

# 1. Dependencies, from the lockfile only (cached until it changes).
FROM ${NODE_IMAGE} AS deps
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# 2. The build: next build, then scripts/standalone.ts copies the static assets into .next/standalone.
FROM ${NODE_IMAGE} AS build
WORKDIR /src
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /src/node_modules ./node_modules
COPY . .
RUN npm run build

# 3. The runtime: only the standalone folder, owned by root and read-only to the server's user.
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    HOST=0.0.0.0
COPY --from=build --chown=0:0 /src/.next/standalone ./
# Next's cache folder; mount a tmpfs/emptyDir here when the root filesystem is read-only.
RUN mkdir -p /app/.next/cache && chown 1000:1000 /app/.next/cache
# The base image's unprivileged "node" user, by number so runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 3000
# Liveness of the process only (readiness is /api/readyz); node's own fetch, no curl or shell.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
