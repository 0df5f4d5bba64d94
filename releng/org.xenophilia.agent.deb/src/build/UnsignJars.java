import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step of the .deb (run by exec-maven-plugin as a single-file program: {@code java UnsignJars.java DIR GLOB}):
 * rewrites the jars in DIR matching GLOB without their signature files (META-INF/*.SF, *.RSA, *.DSA, *.EC); the
 * rest, manifest included, is copied unchanged. Why: on a plain class path the JDK verifies each class of a signed
 * jar and keeps the verifier's tables (per class loaded: its name, digest and code signers) on the heap for as long
 * as the jar is open, which for the application class loader is always: ~0.8 MB of the Agent's live heap at idle
 * for EMF's three jars. The signatures protect nothing on the Xen host: the jars are installed root-owned, as the
 * Agent's own unsigned jars are. Jars without signature files are left alone, so the step can run again.
 */
public final class UnsignJars {

    private static final Pattern SIGNATURE_FILE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java UnsignJars.java DIR GLOB");
            System.exit(2);
        }
        int n = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(Path.of(args[0]), args[1])) {
            for (Path jar : s) {
                if (unsign(jar)) {
                    System.out.println("UnsignJars: removed the signature of " + jar.getFileName());
                }
                n++;
            }
        }
        if (n == 0) {
            throw new IOException("no jar matching " + args[1] + " in " + args[0]);
        }
    }

    private static boolean unsign(Path jar) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile())) {
            if (in.stream().noneMatch(e -> SIGNATURE_FILE.matcher(e.getName()).matches())) {
                return false;
            }
            Path tmp = Files.createTempFile(jar.getParent(), ".unsign", ".tmp");
            try (OutputStream file = Files.newOutputStream(tmp); ZipOutputStream out = new ZipOutputStream(file)) {
                for (ZipEntry e : in.stream().toList()) {
                    if (SIGNATURE_FILE.matcher(e.getName()).matches()) {
                        continue;
                    }
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTime(e.getTime());
                    out.putNextEntry(copy);
                    try (InputStream data = in.getInputStream(e)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }
}
