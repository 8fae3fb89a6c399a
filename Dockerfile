# The newsevents service. Build: docker build -t newsevents .
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY services ./services
RUN pip install . && useradd --system --create-home newsevents
COPY seeds ./seeds
USER newsevents
# Warm the gazetteer cache into the image so the first article is not slow.
RUN python -c "from newsevents.extraction.pipeline import warm_up; warm_up()"
ENTRYPOINT ["newsevents"]
CMD ["run"]
