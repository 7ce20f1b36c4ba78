package io.evalstream.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing is downloaded when a pod starts: a Job seeds each volume once, checked, and does nothing when it is seeded. */
class OfflineSeedingTest {

    private static final Pattern DOWNLOAD = Pattern.compile("curl|wget|snapshot_download|hf_hub_download|https?://");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void noLongRunningPodDownloadsAnything(String overlay) throws Exception {
        for (var entry : PodSpecs.all(Manifests.overlay(overlay)).entrySet()) {
            if (entry.getKey().startsWith("Job/")) {
                continue;
            }
            for (Container c : PodSpecs.containers(entry.getValue())) {
                String invocation = String.join(" ", c.getCommand()) + " " + String.join(" ", c.getArgs());
                assertFalse(DOWNLOAD.matcher(invocation).find(), entry.getKey() + " " + c.getName() + ": " + invocation);
            }
            for (Volume v : entry.getValue().getVolumes()) {
                assertTrue(v.getConfigMap() == null || !v.getConfigMap().getName().endsWith("-source"),
                        entry.getKey() + " mounts the seeding script of " + v.getConfigMap());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void everyVolumeClaimThePodsReadIsSeededByAJobAndReadOnlyForThem(String overlay) throws Exception {
        List<HasMetadata> all = Manifests.overlay(overlay);
        Map<String, PodSpec> pods = PodSpecs.all(all);
        int claims = 0;
        for (PersistentVolumeClaim claim : Manifests.ofType(all, PersistentVolumeClaim.class)) {
            String name = claim.getMetadata().getName();
            claims++;
            long seeders = pods.entrySet().stream().filter(e -> e.getKey().startsWith("Job/"))
                    .filter(e -> claimVolume(e.getValue(), name).filter(v -> !readOnly(e.getValue(), v)).isPresent())
                    .count();
            assertEquals(1, seeders, "Jobs writing " + name);
            pods.entrySet().stream().filter(e -> !e.getKey().startsWith("Job/")).forEach(e -> claimVolume(e.getValue(),
                    name).ifPresent(v -> assertTrue(readOnly(e.getValue(), v), e.getKey() + " writes " + name)));
        }
        assertEquals(overlay.equals("a100") ? 2 : 1, claims);
    }

    @Test
    void cevalIsPinnedToItsChecksum() throws Exception {
        ConfigMap source = Manifests.named(Manifests.overlay("dev"), ConfigMap.class, "ceval-source");
        assertEquals("68786deeea68ff089c56563ee48fab8160da857b77b913437bb504d681fd8e20",
                source.getData().get("CEVAL_ZIP_SHA256"));
    }

    @Test
    void theCevalJobSeedsCheckedDataOnceAndRefusesAnArchiveWithAnotherChecksum(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")) && Files.isExecutable(Path.of("/usr/bin/unzip")),
                "curl and unzip are not installed");
        String script = Manifests.named(Manifests.overlay("dev"), ConfigMap.class, "ceval-source").getData()
                .get("seed.sh");
        Path zip = dir.resolve("mirror/ceval-exam.zip");
        Files.createDirectories(zip.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String entry : List.of("dev/", "val/", "test/", "val/computer_network_val.csv")) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(entry.endsWith("/") ? new byte[0] : "id,question\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        Path mapping = Files.writeString(dir.resolve("mirror/subject_mapping.json"), "{}");
        Path data = dir.resolve("volume");
        Map<String, String> env = Map.of("CEVAL_DIR", data.toString(), "CEVAL_ZIP_URL", zip.toUri().toString(),
                "CEVAL_ZIP_SHA256", sha256(zip), "CEVAL_MAPPING_URL", mapping.toUri().toString(),
                "CEVAL_MAPPING_SHA256", sha256(mapping));

        assertEquals(0, run(script, env).exitCode());
        assertTrue(Files.isRegularFile(data.resolve("val/computer_network_val.csv")));
        assertEquals(sha256(zip), sha256(data.resolve("ceval-exam.zip")));

        Files.delete(zip);
        Result again = run(script, env);
        assertEquals(0, again.exitCode(), again.output());
        assertTrue(again.output().contains("nothing to do"), again.output());

        Files.writeString(zip, "not the archive");
        Map<String, String> changed = new java.util.HashMap<>(env);
        changed.put("CEVAL_ZIP_SHA256", "0".repeat(64));
        Result refused = run(script, changed);
        assertNotEquals(0, refused.exitCode());
        assertTrue(refused.output().contains("expected " + "0".repeat(64)), refused.output());
        assertEquals(sha256(data.resolve("ceval-exam.zip")), env.get("CEVAL_ZIP_SHA256"), "the seeded data stays");
        assertEquals(List.of(".seeded", "ceval-exam.zip", "dev", "subject_mapping.json", "test", "val"),
                Files.list(data).map(p -> p.getFileName().toString()).sorted().toList(), "no partial download left");
    }

    @Test
    void theModelJobRequiresACommitAndSkipsWhenTheRevisionIsPresent(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "python3 is not installed");
        String script = Manifests.named(Manifests.overlay("a100"), ConfigMap.class, "model-source").getData()
                .get("seed.py");
        // A stand-in for huggingface_hub that records each download instead of making it.
        Path hub = Files.createDirectories(dir.resolve("stub/huggingface_hub"));
        Files.writeString(hub.resolve("__init__.py"), """
                import os, pathlib
                def snapshot_download(repo_id, revision, local_dir):
                    pathlib.Path(local_dir).mkdir(parents=True, exist_ok=True)
                    with open(os.environ["DOWNLOADS"], "a") as log:
                        log.write(f"{repo_id}@{revision}\\n")
                """);
        Files.writeString(dir.resolve("seed.py"), script);
        Path downloads = dir.resolve("downloads.log");
        Map<String, String> env = Map.of("PYTHONPATH", dir.resolve("stub").toString(), "DOWNLOADS",
                downloads.toString(), "WEIGHTS_DIR", dir.resolve("weights").toString(), "MODEL_REPO",
                "internlm/internlm2-chat-1_8b", "MODEL_REVISION", "main");

        Result branch = run(List.of("python3", dir.resolve("seed.py").toString()), env);
        assertNotEquals(0, branch.exitCode());
        assertTrue(branch.output().contains("40 hex digits"), branch.output());
        assertFalse(Files.exists(downloads));

        Map<String, String> pinned = new java.util.HashMap<>(env);
        pinned.put("MODEL_REVISION", "0123456789abcdef0123456789abcdef01234567");
        assertEquals(0, run(List.of("python3", dir.resolve("seed.py").toString()), pinned).exitCode());
        assertEquals(0, run(List.of("python3", dir.resolve("seed.py").toString()), pinned).exitCode());
        assertEquals(List.of("internlm/internlm2-chat-1_8b@0123456789abcdef0123456789abcdef01234567"),
                Files.readAllLines(downloads), "downloaded once");
    }

    private static Optional<Volume> claimVolume(PodSpec pod, String claim) {
        return pod.getVolumes().stream().filter(v -> v.getPersistentVolumeClaim() != null
                && v.getPersistentVolumeClaim().getClaimName().equals(claim)).findFirst();
    }

    private static boolean readOnly(PodSpec pod, Volume volume) {
        return Boolean.TRUE.equals(volume.getPersistentVolumeClaim().getReadOnly())
                && PodSpecs.containers(pod).stream().flatMap(c -> c.getVolumeMounts().stream())
                        .filter(m -> m.getName().equals(volume.getName()))
                        .allMatch(m -> Boolean.TRUE.equals(m.getReadOnly()));
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String shellScript, Map<String, String> env) throws Exception {
        return run(List.of("sh", "-c", shellScript), env);
    }

    private static Result run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
