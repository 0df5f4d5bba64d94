package org.xenophilia.agent.internal.tls;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls {@link SelfSignedCertificates#create} where BouncyCastle is. The packaged Agent keeps BouncyCastle's jars off
 * its class path ({@code lib/bouncycastle/}, named by the system property {@value #PATH_PROPERTY}): a jar on the
 * class path is opened, its central directory held on the heap (~0.65 MB for BouncyCastle's three, 8,000 entries),
 * as soon as a class or resource lookup reaches it, and the application class loader never closes it. The jars are
 * only needed to make the certificate on the first start; they are then opened by a class loader of their own,
 * closed afterwards. Without the property (OSGi, tests, a class path with BouncyCastle on it) it is used from the
 * Agent's own class loader, as before.
 */
final class CertificateMaker {

    /**
     * BouncyCastle's jars when they are not on the class path: jar files or directories (meaning every jar in them),
     * separated by the platform's path separator. The launcher sets it to {@code lib/bouncycastle}.
     */
    static final String PATH_PROPERTY = "xenophilia.agent.bouncycastle.path";

    private CertificateMaker() {
    }

    /** @see SelfSignedCertificates#create(KeyPair, String, Duration) */
    static X509Certificate create(KeyPair kp, String hostName, Duration validity) throws GeneralSecurityException {
        String path = System.getProperty(PATH_PROPERTY);
        if (path == null || path.isBlank()) {
            return SelfSignedCertificates.create(kp, hostName, validity);
        }
        List<URL> jars;
        try {
            jars = jars(path);
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot read BouncyCastle's jars (" + PATH_PROPERTY + "=" + path
                    + "): " + e.getMessage(), e);
        }
        try (OwnLoader loader = new OwnLoader(jars.toArray(new URL[0]), CertificateMaker.class.getClassLoader())) {
            Method m = loader.loadClass(SelfSignedCertificates.class.getName()).getDeclaredMethod("create",
                    KeyPair.class, String.class, Duration.class);
            m.setAccessible(true);
            return (X509Certificate) m.invoke(null, kp, hostName, validity);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof GeneralSecurityException g) {
                throw g;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new GeneralSecurityException("cannot create the certificate: " + cause, cause);
        } catch (ReflectiveOperationException | IOException | LinkageError e) {
            throw new GeneralSecurityException("cannot load BouncyCastle from " + path + ": " + e, e);
        }
    }

    private static List<URL> jars(String path) throws IOException {
        List<URL> out = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                List<Path> inDir = new ArrayList<>();
                try (DirectoryStream<Path> s = Files.newDirectoryStream(p, "*.jar")) {
                    s.forEach(inDir::add);
                }
                inDir.sort(null);
                for (Path jar : inDir) {
                    out.add(url(jar));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(url(p));
            } else {
                throw new IOException(p + " does not exist");
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no jar in " + path);
        }
        return out;
    }

    private static URL url(Path p) throws MalformedURLException {
        return p.toAbsolutePath().toUri().toURL();
    }

    /**
     * Defines {@link SelfSignedCertificates} itself (from the bytes of the Agent's copy), so that its references to
     * BouncyCastle resolve through this loader and its jars; every other class comes from the parent first.
     */
    private static final class OwnLoader extends URLClassLoader {

        OwnLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(SelfSignedCertificates.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    String resource = name.replace('.', '/') + ".class";
                    try (InputStream in = getParent().getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        c = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
