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

USER tasktable:tasktable
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
