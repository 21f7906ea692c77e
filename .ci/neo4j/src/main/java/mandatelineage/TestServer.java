package mandatelineage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A private Neo4j Community DBMS for the tests: Bolt on 127.0.0.1 (a free port chosen by the
 * system), authentication on, the password of user neo4j set from the environment variable
 * ML_NEO4J_PASSWORD (never from the command line, which other users can read).
 *
 * Usage: TestServer HOME_DIR URI_FILE. When the server is ready, URI_FILE holds bolt://127.0.0.1:PORT.
 * The server stops on SIGTERM/SIGINT and when its standard input closes (the process that
 * started it ended, even by kill -9), so no server outlives its owner.
 */
public final class TestServer {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: TestServer HOME_DIR URI_FILE");
            System.exit(2);
        }
        String password = System.getenv("ML_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("ML_NEO4J_PASSWORD must hold a password of at least 8 characters");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Path uriFile = Path.of(args[1]).toAbsolutePath();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .build();
        Thread stopper = new Thread(() -> stop(dbms), "stop-neo4j");
        Runtime.getRuntime().addShutdownHook(stopper);

        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        Path tmp = uriFile.resolveSibling(uriFile.getFileName() + ".tmp");
        Files.writeString(tmp, "bolt://127.0.0.1:" + port + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, uriFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.err.println("neo4j test server ready on bolt://127.0.0.1:" + port);

        waitForEndOfInput(System.in);
        System.exit(0);  // runs the shutdown hook
    }

    private static void waitForEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // whatever the owner writes is ignored; only the end of the stream counts
            }
        } catch (IOException e) {
            // a broken pipe means the owner is gone, too
        }
    }

    private static synchronized void stop(DatabaseManagementService dbms) {
        try {
            dbms.shutdown();
        } catch (RuntimeException e) {
            System.err.println("neo4j test server: shutdown failed: " + e);
        }
    }
}
