package io.evalstream.cli.stack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

    @TempDir
    Path state;

    @Test
    void aServiceThatDiesDuringStartUpShowsItsErrorLines() throws Exception {
        ServiceProcess service = new ServiceProcess("scorer", state);
        service.start(List.of("sh", "-c", "echo 'INFO starting'; echo 'ERROR Failed to start: port 8082 is in use'; "
                + "echo '\tat io.quarkus.Main.run(Main.java:1)'; exit 1"), Map.of(), state);
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> service.awaitReady(() -> false, Duration.ofSeconds(30)));
        assertTrue(error.getMessage().startsWith("scorer exited during start-up"), error.getMessage());
        assertTrue(error.getMessage().contains("ERROR Failed to start: port 8082 is in use"), error.getMessage());
        assertFalse(error.getMessage().contains("INFO starting"), "only the error lines: " + error.getMessage());
        assertFalse(error.getMessage().contains("\tat "), "no stack frames: " + error.getMessage());
    }

    @Test
    void aServiceRunsInASessionOfItsOwn() throws Exception {
        ServiceProcess service = new ServiceProcess("sim", state);
        service.start(List.of("sleep", "30"), Map.of(), state);
        try {
            ProcessHandle process = service.running().orElseThrow();
            await("setsid execs the service in place, keeping the pid").atMost(Duration.ofSeconds(10))
                    .until(() -> process.info().command().map(c -> c.endsWith("/sleep")).orElse(false));
            assertEquals(process.pid(), sessionId(process.pid()), "the service leads its own session");
        } finally {
            service.stop(Duration.ofSeconds(5));
        }
        assertTrue(service.running().isEmpty());
    }

    private static long sessionId(long pid) throws Exception {
        String stat = java.nio.file.Files.readString(Path.of("/proc/" + pid + "/stat"));
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3]);
    }
}
