# ee-draw-bot: a container for `ee-draw-bot run`. See docs/deploy.md.
# Linted in CI (npm run lint:docker); not built there: the CI machines have no container engine.

ARG NODE_VERSION=20

# --- build: install the production dependencies; sqlite3's native addon needs python3, make and
# g++ when no prebuilt binary fits, and those tools stay in this stage.
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
    && node -e "const s = require('sqlite3'); new s.Database(':memory:').close()"

# --- runtime: Node, the dependencies built above and the sources (tsx runs the TypeScript; there
# is no build step), as the unprivileged `node` user.
FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    STORE_URL=sqlite:///data/ee-draw-bot.sqlite \
    HTTP_PORT=9464
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY package.json ./
COPY bin ./bin
COPY src ./src
COPY commands ./commands
COPY config ./config
COPY assets ./assets
RUN mkdir -p /data && chown node:node /data
USER node
# The SQLite file (draws, subscriptions, pending alerts): keep it on a volume.
VOLUME ["/data"]
EXPOSE 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.HTTP_PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node is PID 1 and gets SIGTERM itself; the bin stops the bot cleanly on it.
STOPSIGNAL SIGTERM
CMD ["node", "--no-regexp-tier-up", "bin/ee-draw-bot.cjs", "run"]
