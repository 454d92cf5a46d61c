# Conveyor's container image: the application jar on a Java 17 runtime, run as a non-root user.
#
#   mvn -B -DskipTests package
#   docker build -t conveyor .                 (or: podman build --format docker -t conveyor .)
#   docker run -p 8080:8080 -v conveyor-data:/app/data conveyor
#
# Without a container registry, make the base from Debian packages first and name it:
#   ops/image/build-base.sh && podman build --format docker --build-arg BASE_IMAGE=localhost/conveyor-base:bookworm-jre17 -t conveyor .
# (docs/operations.md#container-image)
ARG BASE_IMAGE=eclipse-temurin:17-jre
FROM ${BASE_IMAGE}

ARG JAR=bootstrap/target/conveyor-bootstrap-0.1.0-SNAPSHOT.jar

RUN useradd --uid 10001 --user-group --home-dir /app --no-create-home --shell /usr/sbin/nologin conveyor \
 && mkdir -p /app/data \
 && chown -R conveyor:conveyor /app
COPY --chown=root:root ${JAR} /app/conveyor.jar

WORKDIR /app
USER conveyor
# the embedded H2 database (the default without DATASOURCES_DEFAULT_URL) writes ./data/conveyor.mv.db here
VOLUME /app/data
EXPOSE 8080
ENV PORT=8080 \
    LOG_FORMAT=JSON \
    JAVA_OPTS=""

# liveness only: bash's /dev/tcp needs no curl in the image; /readyz is for load balancers
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

# the heap follows the container's memory limit; exec makes java PID 1, so SIGTERM starts the graceful stop
ENTRYPOINT ["sh", "-c", "exec java -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError $JAVA_OPTS -jar /app/conveyor.jar \"$@\"", "conveyor"]
