# Samenspel production image: slim Python 3.11, non-root, gunicorn, static files collected at build.
# Not buildable on the development machines (no Docker engine there); see docs/deploy.md.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=samenspel.settings.production \
    SAMENSPEL_VAR_DIR=/app/var

RUN apt-get update \
 && apt-get install -y --no-install-recommends gettext libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core curl \
 && rm -rf /var/lib/apt/lists/*

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
COPY locale ./locale
COPY manage.py ./

RUN pip install -c constraints.txt -e . \
 && SECRET_KEY=build-only python manage.py compilemessages -v0 \
 && SECRET_KEY=build-only python manage.py collectstatic --noinput -v0 \
 && python -m casebank.deidentify.warmup \
 && chmod -R a+rX "$(python -c 'import deduce, pathlib; print(pathlib.Path(deduce.__file__).parent)')" \
 && mkdir -p /app/var && chown -R samenspel /app/var

USER samenspel
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8000/healthz || exit 1

CMD ["gunicorn", "samenspel.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
