# Samenspel production image: slim Python 3.11, non-root, gunicorn, static files collected at build,
# supercronic for the scheduled jobs (deploy/crontab). One image for every role in
# docker-compose.yml (web, worker, scheduler, migrate). Not buildable on the development machines
# (no Docker engine there); see docs/deploy.md.
# Stage 1: the front-end assets (NL Design System CSS, Fira Sans) from the npm registry, pinned by
# package-lock.json, copied into static/vendor/ by the same script `make install` runs.
FROM node:20-bookworm-slim AS assets
WORKDIR /assets
COPY package.json package-lock.json ./
COPY scripts/vendor-assets.sh ./scripts/
RUN scripts/vendor-assets.sh

FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=samenspel.settings.production \
    SAMENSPEL_VAR_DIR=/app/var

RUN apt-get update \
 && apt-get install -y --no-install-recommends gettext libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core curl tzdata \
 && rm -rf /var/lib/apt/lists/*

# supercronic: cron for containers (keeps the environment, logs to stdout, stops gracefully on
# SIGTERM, never overlaps a job with itself). A pinned release, checked against its SHA-1.
ARG SUPERCRONIC_VERSION=v0.2.34
ARG SUPERCRONIC_SHA1SUM=e8631edc1775000d119b70fd40339a7238eece14
RUN curl -fsSLo /usr/local/bin/supercronic \
      "https://github.com/aptible/supercronic/releases/download/${SUPERCRONIC_VERSION}/supercronic-linux-amd64" \
 && echo "${SUPERCRONIC_SHA1SUM}  /usr/local/bin/supercronic" | sha1sum -c - \
 && chmod +x /usr/local/bin/supercronic

RUN useradd --create-home --uid 1000 samenspel
WORKDIR /app

COPY pyproject.toml setup.py constraints.txt README.md ./
COPY site ./site
COPY toolkit ./toolkit
COPY learning ./learning
COPY casebank ./casebank
COPY embed ./embed
COPY templates ./templates
COPY static ./static
COPY --from=assets /assets/static/vendor ./static/vendor
COPY locale ./locale
COPY manage.py ./
COPY deploy ./deploy

RUN pip install -c constraints.txt -e . \
 && SECRET_KEY=build-only python manage.py compilemessages -v0 \
 && SECRET_KEY=build-only python manage.py collectstatic --noinput -v0 \
 && python -m casebank.deidentify.warmup \
 && chmod -R a+rX "$(python -c 'import deduce, pathlib; print(pathlib.Path(deduce.__file__).parent)')" \
 && supercronic -test deploy/crontab \
 && mkdir -p /app/var/media && chown -R samenspel /app/var

USER samenspel
EXPOSE 8000
# The web role's check; docker-compose.yml gives the worker and scheduler their own. The Host
# header is the first of ALLOWED_HOSTS, so the check passes Django's host validation.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD curl -fsS -H "Host: ${ALLOWED_HOSTS%%,*}" http://127.0.0.1:8000/healthz || exit 1

CMD ["gunicorn", "samenspel.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
