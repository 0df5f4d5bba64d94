package org.xenophilia.ui.deploy.tests;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.xenophilia.agent.testing.AgentNode;
import org.xenophilia.core.ConnectionState;
import org.xenophilia.core.NodeConnection;
import org.xenophilia.core.NodeDescriptor;
import org.xenophilia.ui.internal.nodes.NodeService;
import org.xenophilia.ui.testing.AgentCalls;
import org.xenophilia.ui.testing.UiConditions;
import org.xenophilia.xenapi.WireValues;

/**
 * A real Agent with the {@code file} storage backend and the image deployer on its class path (the jars the .deb's
 * plug-in directory holds: the SPI's, the deployer's and its libraries'), its local catalog a directory with the
 * busybox image as {@code releng/images/busybox/build.sh} builds it, a file repository {@code local}, registered in the
 * Workbench's node service and connected; or, {@link #withoutImages}, a plain Agent whose image calls are refused.
 * Another administrator's calls to it are made off the display thread ({@link AgentCalls}).
 */
final class ImageNode implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** The deployer's bundle, and the classes of the libraries it loads (their jars go on the Agent's class path). */
    private static final String DEPLOYER = "org.xenophilia.image.deploy";
    private static final List<String> DEPLOYER_LIBRARIES = List.of("org.xenophilia.image.ImageDeployerType",
            "org.apache.commons.compress.archivers.tar.TarArchiveInputStream", "org.apache.commons.io.IOUtils",
            "org.apache.commons.lang3.StringUtils", "org.tukaani.xz.XZInputStream", "com.github.luben.zstd.Zstd");

    final Path dir;
    final Path catalog;
    final AgentNode agent;
    final String nodeId;
    final String name;
    final NodeConnection node;

    private ImageNode(String nodeId, String name, boolean images, String moreSettings) throws Exception {
        this.nodeId = nodeId;
        this.name = name;
        dir = Files.createTempDirectory("xenophilia-image-test");
        catalog = dir.resolve("images");
        Path etc = Files.createDirectories(dir.resolve("etc"));
        List<Path> plugins = new ArrayList<>(List.of(AgentNode.fileBackendJar()));
        if (images) {
            buildBusybox(catalog);
            plugins.addAll(imageJars());
            Files.writeString(etc.resolve("agent.conf"), "images.directory = " + catalog + "\n" + moreSettings);
        }
        agent = new AgentNode(etc, dir.resolve("state")).withStoragePlugins(plugins).withAdmin().start(0);
        NodeService.get().putSessionNode(new NodeDescriptor(nodeId, name, "127.0.0.1", agent.port(), AgentNode.ADMIN,
                agent.fingerprint()), AgentNode.PASSWORD);
        node = NodeService.get().connection(nodeId).orElseThrow();
        UiConditions.waitFor("node " + name + " connected", TIMEOUT, () -> node.state() == ConnectionState.CONNECTED);
    }

    /** @return a node whose local catalog holds the busybox images */
    static ImageNode withImages(String nodeId, String name) throws Exception {
        return new ImageNode(nodeId, name, true, "");
    }

    /** @return a node with the busybox images and more catalog sources ({@code images.sources}) */
    static ImageNode withSources(String nodeId, String name, String sources) throws Exception {
        return new ImageNode(nodeId, name, true, "images.sources = " + sources + "\n");
    }

    /** @return a node without the image deployer */
    static ImageNode withoutImages(String nodeId, String name) throws Exception {
        return new ImageNode(nodeId, name, false, "");
    }

    /** Builds the busybox image and its catalog into a directory, as the tests of every run do. */
    static void buildBusybox(Path out) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("xenophilia.repo", "../.."), "releng", "images", "busybox",
                "build.sh");
        Process p = new ProcessBuilder("sh", script.toString(), out.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(script + " failed: " + output);
        }
    }

    /** The image SPI's jar, the deployer's (as the build made it) and its libraries', found as the test runtime has them. */
    private static List<Path> imageJars() throws IOException {
        Bundle deployer = Platform.getBundle(DEPLOYER);
        if (deployer == null) {
            throw new IOException("no bundle " + DEPLOYER + " in the test runtime");
        }
        List<Path> jars = new ArrayList<>();
        jars.add(builtJar(DEPLOYER));
        for (String name : DEPLOYER_LIBRARIES) {
            try {
                Path jar = Path.of(deployer.loadClass(name).getProtectionDomain().getCodeSource().getLocation()
                        .toURI());
                jars.add(jar.toString().endsWith("target/classes") ? builtJar(jar.getParent().getParent()
                        .getFileName().toString()) : jar);
            } catch (ClassNotFoundException | URISyntaxException e) {
                throw new IOException("cannot locate " + name + " through " + DEPLOYER + ": " + e, e);
            }
        }
        return jars;
    }

    private static Path builtJar(String bundle) throws IOException {
        Path target = Path.of(System.getProperty("xenophilia.repo", "../.."), "bundles", bundle, "target");
        try (var files = Files.list(target)) {
            Optional<Path> jar = files.filter(p -> p.getFileName().toString().matches(Pattern.quote(bundle)
                    + "-.*\\.jar") && !p.toString().endsWith("-sources.jar")).findFirst();
            return jar.orElseThrow(() -> new IOException("build " + bundle + " first: no jar in " + target));
        }
    }

    <T> T call(AgentCalls.Call<T> call) {
        return AgentCalls.call(agent, call);
    }

    /** @return a new file repository's UUID, made by another administrator in a directory of its own */
    String createSr(String srName) {
        Path location = dir.resolve(srName);
        return call(c -> {
            String host = (String) WireValues.asList(c.callWithSession("host.get_all")).get(0);
            String sr = (String) c.callWithSession("SR.create", host, Map.of("location", location.toString()), 0L,
                    srName, "", "file", "user", false, Map.of());
            return WireValues.asString(c.callWithSession("SR.get_uuid", sr));
        });
    }

    @Override
    public void close() throws Exception {
        NodeService.get().removeNode(nodeId);
        agent.close();
    }
}
