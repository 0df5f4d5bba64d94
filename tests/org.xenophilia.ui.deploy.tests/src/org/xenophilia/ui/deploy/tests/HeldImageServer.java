package org.xenophilia.ui.deploy.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.xenophilia.image.ImageCatalogs;
import org.xenophilia.image.catalog.Catalog;
import org.xenophilia.image.catalog.Image;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP catalog source on loopback whose one image, {@code held}, is the busybox raw disk, served slowly: the
 * first MiB of the file, then nothing until {@link #release()} (every download so), so that a deployment of it stays in its download for
 * as long as a test needs (a cancel there is not a race with the deployment's end).
 */
final class HeldImageServer implements AutoCloseable {

    private static final int FIRST = 1 << 20;

    private final HttpServer server;
    private final Path file;
    private final String catalog;
    /** A permit for each download held. */
    private final Semaphore held = new Semaphore(0);
    private final CountDownLatch release = new CountDownLatch(1);

    /**
     * @param busybox a directory {@code releng/images/busybox/build.sh} built
     */
    HeldImageServer(Path busybox) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        file = busybox.resolve("busybox-disk.raw");
        Catalog built = ImageCatalogs.load(busybox.resolve("catalog.xml"));
        Image held = built.getImages().stream().filter(i -> i.getName().equals("busybox-disk-raw")).findFirst()
                .orElseThrow();
        held.setName("held");
        held.getUrls().clear();
        held.getUrls().add(base() + "/held.raw");
        catalog = ImageCatalogs.toXml(held);
        server.createContext("/catalog.xml", this::catalog);
        server.createContext("/held.raw", this::file);
        server.start();
    }

    /** @return the catalog's URL, as {@code images.sources} names it */
    String catalogUrl() {
        return base() + "/catalog.xml";
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void catalog(HttpExchange e) throws IOException {
        byte[] body = catalog.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().set("Content-Type", "application/xml");
        e.sendResponseHeaders(200, body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }

    private void file(HttpExchange e) throws IOException {
        long size = Files.size(file);
        e.sendResponseHeaders(200, size);
        try (InputStream in = Files.newInputStream(file); OutputStream out = e.getResponseBody()) {
            out.write(in.readNBytes(FIRST));
            out.flush();
            held.release();
            if (release.await(5, TimeUnit.MINUTES)) {
                in.transferTo(out);
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } catch (IOException ex) {
            // the node dropped the download (a cancel): nothing to finish
        }
    }

    /**
     * @param timeout how long the node may take to come
     * @return whether a download (one not awaited before) has begun and is held
     */
    boolean awaitHeld(long timeout, TimeUnit unit) throws InterruptedException {
        return held.tryAcquire(timeout, unit);
    }

    /** Lets the held downloads go on. */
    void release() {
        release.countDown();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
