package org.openipt.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The fault harness (not part of {@code ./mvnw verify}; run it with {@code ./mvnw -Pfaults verify}): the packaged jar
 * as its own process on a durable PostgreSQL 17 (fsync and synchronous commit on), on loopback only, under a write
 * load of several threads through the API (new clients, each audited in the same transaction). It proves that
 * <ol>
 * <li>after {@code kill -9} of the application every write it acknowledged is there on restart, and no client exists
 * without its audit row;</li>
 * <li>with PostgreSQL stopped at once ({@code pg_ctl stop -m immediate}) requests answer 503 within 5 seconds, and once
 * it is back the same application process serves writes again within 10 seconds, with nothing acknowledged lost;</li>
 * <li>identical submissions racing (one session, one submission key, eight threads) make exactly one record and no
 * 5xx.</li>
 * </ol>
 * It prints what it measured; the README keeps the last figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultHarness {

    static final int WRITERS = 4;
    static final String CLINICIAN = "therapist@demo.openipt.org";
    static final String PASSWORD = "demo-password-2026";
    static final String PREFIX = "Fault harness ";

    final Path work = Paths.get("target", "faults");
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    EmbeddedPostgres postgres;
    Process application;
    Process restartedPostgres;
    int port;

    @BeforeAll
    void durablePostgresAndTheApplication() throws Exception {
        deleteRecursively(work);
        Files.createDirectories(work);
        postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pgdata"))
                .setOverrideWorkingDirectory(work.resolve("pg").toFile()).setCleanDataDirectory(false)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on").setServerConfig("listen_addresses", "localhost")
                .setRegisterShutdownHook(true).start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create database openipt");
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet value = connection.createStatement().executeQuery("show " + setting)) {
                    value.next();
                    assertThat(value.getString(1)).as("durable: " + setting).isEqualTo("on");
                }
            }
        }
        port = freePort();
        application = startApplication("first");
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (application != null) {
            application.destroy();
        }
        if (restartedPostgres != null) {
            restartedPostgres.destroy(); // SIGTERM: a smart shutdown of the server this harness started again
            restartedPostgres.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        else if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void killMinusNineLosesNoAcknowledgedWriteAndLeavesNoPartialRecord() throws Exception {
        Load load = Load.start(this, WRITERS);
        Thread.sleep(8_000);
        long before = acknowledged.size();
        application.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush, no goodbye
        Instant killed = Instant.now();
        Thread.sleep(1_000);
        load.stop();
        application = startApplication("after-kill");
        Duration back = Duration.between(killed, Instant.now());

        Set<UUID> missing = missing(acknowledged);
        long withoutAudit = count("select count(*) from client c where c.display_name like '" + PREFIX + "%' "
                + "and not exists (select 1 from audit_record a where a.object_id = c.id and a.action = 'CREATE')");
        report("kill -9", ("%d writes acknowledged (%d before the kill), %d of them missing after restart, %d clients "
                + "without their audit row; %d requests failed while the process was gone; restart to ready %d s; "
                + "5xx answers %d").formatted(acknowledged.size(), before, missing.size(), withoutAudit,
                        load.refused(), back.toSeconds(), load.serverErrors()));
        assertThat(missing).as("acknowledged writes missing after kill -9").isEmpty();
        assertThat(withoutAudit).as("clients without their audit row").isZero();
        assertThat(acknowledged.size()).as("the load wrote something").isGreaterThan(20);
    }

    @Test
    @Order(2)
    void postgresStoppedAtOnceGives503sWithinFiveSecondsAndServiceComesBackByItself() throws Exception {
        Load load = Load.start(this, WRITERS);
        Thread.sleep(4_000);
        int acknowledgedBefore = acknowledged.size();
        stopPostgresImmediately();
        Instant stopped = Instant.now();
        load.outageStartedAt(stopped);
        Thread.sleep(8_000);
        startPostgresAgain();
        Instant restarted = Instant.now();
        load.restartedAt(restarted);
        Instant firstWriteAfter = load.awaitWriteAfter(restarted, Duration.ofSeconds(30));
        Thread.sleep(2_000);
        load.stop();

        Duration recovery = Duration.between(restarted, firstWriteAfter);
        Set<UUID> missing = missing(acknowledged);
        report("PostgreSQL stopped (immediate) for 8 s", ("%d answers during the outage: %s; slowest %d ms; first "
                + "write acknowledged %d ms after PostgreSQL was back; %d acknowledged writes in all (%d before the stop), "
                + "%d missing; 5xx other than 503: %d").formatted(load.outageAnswers(), load.outageStatuses(),
                        load.slowestOutageAnswer().toMillis(), recovery.toMillis(), acknowledged.size(),
                        acknowledgedBefore, missing.size(), load.serverErrorsOtherThan503()));
        assertThat(load.outageAnswers()).as("requests answered during the outage").isPositive();
        assertThat(load.outageStatuses().keySet()).as("what the outage answered").containsOnly(503);
        assertThat(load.slowestOutageAnswer()).as("the slowest answer during the outage")
                .isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(recovery).as("back without restarting the application").isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(missing).isEmpty();
        assertThat(load.serverErrorsOtherThan503()).isZero();
    }

    @Test
    @Order(3)
    void identicalSubmissionsRacingMakeOneRecordAndNoServerError() throws Exception {
        UUID course = single("select co.id from course co join care_team_membership m "
                + "on m.responsible_client_id = co.client_id join user_account u on u.id = m.clinician_id "
                + "where u.email = '" + CLINICIAN + "' and co.phase = 'MIDDLE' order by co.created_at "
                + "fetch first 1 rows only");
        UUID key = UUID.randomUUID();
        String body = """
                {"when": "%s", "mode": "IN_PERSON", "attendance": "ATTENDED", "moodRating": 6,
                 "participants": "CLIENT", "techniques": ["CLARIFICATION"], "moodLinkedToEvents": true,
                 "sessionsLeftNamed": true, "version": 0, "submissionKey": "%s"}"""
                .formatted(LocalDateTime.now().minusHours(2).withNano(0), key);
        int racers = 8;
        CountDownLatch ready = new CountDownLatch(racers);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            answers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return http.send(api("/api/v1/courses/" + course + "/sessions").POST(
                        HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            }));
        }
        ready.await();
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        Set<String> sessionIds = ConcurrentHashMap.newKeySet();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            statuses.add(response.statusCode());
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"")
                    .matcher(response.body());
            if (id.find()) {
                sessionIds.add(id.group(1));
            }
        }
        pool.shutdown();
        long stored = count("select count(*) from course_session where submission_key = '" + key + "'");
        report("8 identical session submissions at once", "answers %s, session ids answered %s, records stored %d"
                .formatted(statuses, sessionIds, stored));
        assertThat(statuses).as("no 5xx").allMatch(status -> status < 500);
        assertThat(stored).isEqualTo(1);
        assertThat(sessionIds).as("every racer is answered with the one record").hasSize(1);
    }

    /** Writers posting new clients through the API, noting every one acknowledged (201) and every answer's timing. */
    static final class Load {

        private final FaultHarness harness;
        private final ExecutorService writers;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Future<?>> work = new ArrayList<>();
        private final Map<Integer, Integer> outageStatuses = new ConcurrentHashMap<>();
        private final List<Instant> writesAcknowledgedAt = java.util.Collections.synchronizedList(new ArrayList<>());
        private volatile Instant outageFrom = Instant.MAX;
        private volatile Instant outageTo = Instant.MAX;
        private volatile long slowestOutageMillis;
        private volatile int refused;
        private volatile int serverErrors;
        private volatile int serverErrorsOtherThan503;

        private Load(FaultHarness harness, int threads) {
            this.harness = harness;
            this.writers = Executors.newFixedThreadPool(threads);
        }

        static Load start(FaultHarness harness, int threads) {
            Load load = new Load(harness, threads);
            for (int i = 0; i < threads; i++) {
                load.work.add(load.writers.submit(load::write));
            }
            return load;
        }

        private void write() {
            while (running.get()) {
                Instant sent = Instant.now();
                try {
                    HttpResponse<String> response = harness.http.send(harness.api("/api/v1/clients")
                            .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString("""
                                    {"displayName": "%s%s", "birthYear": 1990, "preferredLanguage": "en"}"""
                                    .formatted(PREFIX, UUID.randomUUID()))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    Instant answered = Instant.now();
                    if (response.statusCode() == 201) {
                        String location = response.headers().firstValue("Location").orElseThrow();
                        harness.acknowledged.add(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
                        writesAcknowledgedAt.add(answered);
                    }
                    else if (response.statusCode() >= 500) {
                        serverErrors++;
                        if (response.statusCode() != 503) {
                            serverErrorsOtherThan503++;
                            System.out.println("FAULT HARNESS a " + response.statusCode() + ": "
                                    + response.body().substring(0, Math.min(300, response.body().length())));
                        }
                    }
                    if (!sent.isBefore(outageFrom) && sent.isBefore(outageTo)) {
                        outageStatuses.merge(response.statusCode(), 1, Integer::sum);
                        slowestOutageMillis = Math.max(slowestOutageMillis, Duration.between(sent, answered).toMillis());
                        sleep(200);
                    }
                }
                catch (IOException noAnswer) {
                    refused++; // the process is gone: not acknowledged, so not counted as written
                    sleep(250);
                }
                catch (InterruptedException stop) {
                    return;
                }
            }
        }

        void outageStartedAt(Instant at) {
            outageFrom = at;
        }

        void restartedAt(Instant at) {
            outageTo = at;
        }

        Instant awaitWriteAfter(Instant after, Duration patience) throws InterruptedException {
            Instant deadline = Instant.now().plus(patience);
            while (Instant.now().isBefore(deadline)) {
                synchronized (writesAcknowledgedAt) {
                    for (Instant at : writesAcknowledgedAt) {
                        if (at.isAfter(after)) {
                            return at;
                        }
                    }
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no write acknowledged within " + patience + " of PostgreSQL's return");
        }

        void stop() throws Exception {
            running.set(false);
            for (Future<?> writer : work) {
                writer.get();
            }
            writers.shutdown();
        }

        int outageAnswers() {
            return outageStatuses.values().stream().mapToInt(Integer::intValue).sum();
        }

        Map<Integer, Integer> outageStatuses() {
            return outageStatuses;
        }

        Duration slowestOutageAnswer() {
            return Duration.ofMillis(slowestOutageMillis);
        }

        int refused() {
            return refused;
        }

        int serverErrors() {
            return serverErrors;
        }

        int serverErrorsOtherThan503() {
            return serverErrorsOtherThan503;
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            }
            catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Process startApplication(String name) throws Exception {
        File jar;
        try (Stream<Path> jars = Files.list(Paths.get("target"))) {
            jar = jars.filter(path -> path.getFileName().toString().matches("openipt-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("package the jar first")).toFile();
        }
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx384m", "-jar", jar.getAbsolutePath(),
                "--spring.profiles.active=postgres", "--openipt.demo.enabled=true", "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "openipt"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=")
                .redirectErrorStream(true).redirectOutput(work.resolve("application-" + name + ".log").toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped; see target/faults/application-" + name
                        + ".log");
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(base()
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return process;
                }
            }
            catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the application was not ready within 3 minutes");
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((CLINICIAN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * An immediate shutdown, as {@code pg_ctl stop -m immediate} does it (pg_ctl will not run as root, as on these
     * machines): SIGQUIT to the postmaster, which ends every backend at once without a checkpoint.
     */
    private void stopPostgresImmediately() throws Exception {
        String pid = Files.readAllLines(work.resolve("pgdata").resolve("postmaster.pid")).getFirst().strip();
        signal("QUIT", pid);
        Instant deadline = Instant.now().plusSeconds(10);
        while (Files.exists(work.resolve("pgdata").resolve("postmaster.pid")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
    }

    /**
     * The same server started again on its data (with crash recovery), with the command line it last ran with, and as
     * zonky starts it when run as root: in a user namespace of its own ({@code unshare -U}), where it is no root.
     */
    private void startPostgresAgain() throws Exception {
        String options = Files.readString(work.resolve("pgdata").resolve("postmaster.opts")).strip();
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        java.util.regex.Matcher argument = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(options);
        while (argument.find()) {
            command.add(argument.group(1) != null ? argument.group(1) : argument.group(2));
        }
        restartedPostgres = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("postgres-restarted.log").toFile()).start();
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            try (Connection connection = connection()) {
                return;
            }
            catch (SQLException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("PostgreSQL did not come back; see target/faults/postgres-restarted.log");
    }

    private static void signal(String signal, String pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, pid).redirectErrorStream(true).start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
        }
    }

    private Set<UUID> missing(Set<UUID> ids) throws SQLException {
        Set<UUID> missing = ConcurrentHashMap.newKeySet();
        try (Connection connection = connection();
                PreparedStatement found = connection.prepareStatement("select 1 from client where id = ?")) {
            for (UUID id : ids) {
                found.setObject(1, id);
                try (ResultSet row = found.executeQuery()) {
                    if (!row.next()) {
                        missing.add(id);
                    }
                }
            }
        }
        return missing;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = connection(); ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private UUID single(String sql) throws SQLException {
        try (Connection connection = connection(); ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getObject(1, UUID.class);
        }
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl("postgres", "openipt"), "postgres", "");
    }

    private void report(String fault, String figures) throws IOException {
        String line = "%s  %s: %s%n".formatted(Instant.now(), fault, figures);
        System.out.print("FAULT HARNESS " + line);
        Files.writeString(work.resolve("report.txt"), line, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
