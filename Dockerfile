# Runtime image for the jar that `./mvnw package` builds into target/ (build it first; see README.md).
FROM eclipse-temurin:17-jre

# A CJK font for the ranking bulletin's PDF (app.scoring.pdf-font).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 tasktable \
    && useradd --system --uid 10001 --gid tasktable --home-dir /app --no-create-home --shell /usr/sbin/nologin tasktable \
    && mkdir -p /app /data \
    && chown tasktable:tasktable /data

WORKDIR /app
COPY target/task-table.jar /app/app.jar

# Files the application keeps (evidence) live under /data; mount a volume there.
ENV APP_DATA_DIR=/data
VOLUME /data

# The management port (health probes, Prometheus) listens on every interface of the container: publish it to the
# internal network only, never through the balancer (docs/deployment.md).
ENV APP_MANAGEMENT_ADDRESS=0.0.0.0

USER tasktable:tasktable
EXPOSE 8080 8081
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
