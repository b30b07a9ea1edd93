# One image for every newsflow service; the command picks the service (ingest, enrich, sink, run).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests install \
 && ./mvnw -B -q -pl local dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=/app/lib \
 && cp local/target/newsflow-local-*.jar /app/lib/

FROM eclipse-temurin:17-jre
RUN useradd --system --home /data newsflow && mkdir -p /data && chown newsflow /data
USER newsflow
WORKDIR /data
COPY --from=build /app/lib /app/lib
ENV JAVA_TOOL_OPTIONS="-Xmx2g -Dfile.encoding=UTF-8"
ENTRYPOINT ["java", "-cp", "/app/lib/*", "dev.newsflow.local.Newsflow"]
