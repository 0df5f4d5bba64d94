package org.xenophilia.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A third party's plug-in jar, made as its author would make it: sources compiled against the Agent's class path
 * ({@link AgentProcess#classPath()}), packed with the {@code META-INF/services} file that names its implementations.
 */
final class PluginJars {

    private PluginJars() {
    }

    /**
     * @param dir a directory of the test's own to work in
     * @param jarName the jar's file name
     * @param packageName the package of every source
     * @param sources each class's simple name and source
     * @param service the service interface the classes implement, as {@link java.util.ServiceLoader} names it
     * @return the jar, in {@code dir}
     */
    static Path make(Path dir, String jarName, String packageName, Map<String, String> sources, String service)
            throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests run on a JDK");
        Path src = Files.createDirectories(dir.resolve("src").resolve(packageName.replace('.', '/')));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-classpath",
                AgentProcess.classPath(), "-d", classes.toString()));
        StringBuilder services = new StringBuilder();
        for (Map.Entry<String, String> s : sources.entrySet()) {
            Path file = src.resolve(s.getKey() + ".java");
            Files.writeString(file, s.getValue());
            args.add(file.toString());
            services.append(packageName).append('.').append(s.getKey()).append('\n');
        }
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)),
                "the plug-in compiles against the Agent's class path");
        Path jar = dir.resolve(jarName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                put(out, classes.relativize(p).toString().replace(File.separatorChar, '/'), Files.readAllBytes(p));
            }
            put(out, "META-INF/services/" + service, services.toString().getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
