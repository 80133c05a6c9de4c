import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Real Neo4j 5.26 Community DBMS (embedded kernel + Bolt server) for orgkg's tests and local use.
 *
 * Env: NEO4J_HOME_DIR (DBMS home; data/ and logs/ live under it), NEO4J_BOLT_HOST (default 127.0.0.1),
 * NEO4J_BOLT_PORT (default 7687), NEO4J_USER (default neo4j), NEO4J_PASSWORD (default orgkg-test-pw,
 * at least 8 characters), NEO4J_PAGECACHE_MB (default 512).
 * Auth is enabled; the user's password is (re)set from NEO4J_PASSWORD on every start.
 * Runs until the JVM is told to stop (SIGTERM/SIGINT -> clean shutdown through a shutdown hook).
 */
public final class OrgkgNeo4j {
    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return (v == null || v.isEmpty()) ? dflt : v;
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(env("NEO4J_HOME_DIR", ".neo4j/home")).toAbsolutePath();
        String host = env("NEO4J_BOLT_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        String user = env("NEO4J_USER", "neo4j");
        String password = env("NEO4J_PASSWORD", "orgkg-test-pw");
        long pagecacheMb = Long.parseLong(env("NEO4J_PAGECACHE_MB", "2048"));
        if (password.length() < 8) {
            System.err.println("orgkg-neo4j: NEO4J_PASSWORD must be at least 8 characters");
            System.exit(2);
        }

        long t0 = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(host))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                .setConfig(GraphDatabaseSettings.udc_enabled, false) // no anonymous usage reports
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false) // not 2 x 256 MiB up front
                // A test and development server: keep the transaction logs recovery needs, not gigabytes.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, env("NEO4J_KEEP_TX_LOGS", "256M size"))
                // Logs are pruned only at a checkpoint, by default every 15 minutes in Community: a bulk
                // load writes ~2 KB of log per relationship, 10+ GB before the first one.
                .setConfig(GraphDatabaseSettings.check_point_interval_time,
                        Duration.ofSeconds(Long.parseLong(env("NEO4J_CHECKPOINT_SECONDS", "120"))))
                // Bolt otherwise waits 5 s + 5 s for idle pools on shutdown; make `stop` fast.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean(false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.out.println("orgkg-neo4j: shutting down");
            try {
                dbms.shutdown();
            } finally {
                System.out.println("orgkg-neo4j: stopped");
                stopped.countDown();
            }
        }, "orgkg-neo4j-shutdown"));

        try {
            System.out.printf("orgkg-neo4j: dbms built in %.1fs%n", (System.nanoTime() - t0) / 1e9);
            setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), user, password);
            System.out.printf("orgkg-neo4j: password set at %.1fs%n", (System.nanoTime() - t0) / 1e9);
            // Also warms up the Cypher pipeline, so the first client query is not the slow one.
            String version = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally(
                    "CALL dbms.components() YIELD versions, edition RETURN versions[0] + ' ' + edition AS v",
                    Map.of(), r -> r.hasNext() ? String.valueOf(r.next().get("v")) : "?");
            // scripts/neo4j-server waits for this exact line ("orgkg-neo4j: Neo4j ...") before probing Bolt.
            System.out.printf("orgkg-neo4j: Neo4j %s ready on bolt://%s:%d (home %s) in %.1fs%n",
                    version, host, port, home, (System.nanoTime() - t0) / 1e9);
            System.out.flush();
        } catch (Throwable t) {
            if (stopping.get()) {
                return; // stopped while still starting up; the hook shuts the DBMS down
            }
            System.out.println("orgkg-neo4j: startup failed");
            t.printStackTrace(System.out);
            System.exit(1); // runs the shutdown hook
        }
        stopped.await();
    }

    /** Create the user if missing and set its password; embedded transactions run with full privileges. */
    private static void setPassword(GraphDatabaseService system, String user, String password) {
        Map<String, Object> p = Map.of("user", user, "pw", password);
        system.executeTransactionally("CREATE USER $user IF NOT EXISTS SET PASSWORD $pw CHANGE NOT REQUIRED", p);
        try {
            system.executeTransactionally("ALTER USER $user SET PASSWORD $pw CHANGE NOT REQUIRED", p);
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to its current value; that's the common restart case.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }
}
