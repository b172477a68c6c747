# The platform image: by default every service in one process; docker-compose.yml runs each service from it
# (node dist/apps/<service>/src/main.js). Configured by DATABASE_URL and KAFKA_BROKERS; the default command, which
# serves the gateway too, also needs JWT_SECRET or JWT_PUBLIC_KEY (production makes no development secret) and the
# checkpoint signing key at AUDIT_SIGNING_KEY_FILE (`node bin/hyeopchi.js keys generate --out DIR` makes one).
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20.20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
# where docker-compose.yml keeps the signing key: a new volume mounted here takes this folder's owner
RUN mkdir /app/audit-keys && chown node:node /app/audit-keys
EXPOSE 4000
# ready: the database answers, migrations are done, Kafka answers when configured (GET /health/live only says
# the process answers; an orchestrator restarts on that one, and sends traffic on this one)
HEALTHCHECK --interval=5s --timeout=4s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT || 4000}/health/ready`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
USER node
CMD ["node", "dist/apps/standalone/src/main.js"]
