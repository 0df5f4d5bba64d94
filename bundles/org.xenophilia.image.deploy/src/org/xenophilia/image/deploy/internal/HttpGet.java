package org.xenophilia.image.deploy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLException;

import org.xenophilia.image.ImageException;

/**
 * One HTTP(S) GET as the deployer makes them: redirects followed by hand (at most {@code maxRedirects}, never from
 * https to http, each hop under the same TLS policy), a bounded wait for the connection and for every byte (a
 * stalled server fails with words instead of hanging a deployment), and failures as
 * {@link ImageException.Kind#DOWNLOAD_FAILED} with the server's status or the network's words.
 */
final class HttpGet {

    private final TlsPolicy tls;
    private final int maxRedirects;
    private final Duration stall;

    /**
     * @param tls how the server is trusted
     * @param maxRedirects how many redirects are followed
     * @param stall how long the server may send nothing (to connect, to answer, between two bytes)
     */
    HttpGet(TlsPolicy tls, int maxRedirects, Duration stall) {
        this.tls = tls;
        this.maxRedirects = maxRedirects;
        this.stall = stall;
    }

    /**
     * An answer whose headers were read; its body is the caller's to read and close.
     *
     * @param url where it came from, after the redirects
     * @param status the HTTP status
     * @param connection the open connection
     */
    record Answer(URI url, int status, HttpURLConnection connection) implements AutoCloseable {

        /** {@return a header's value, or {@code null}} */
        String header(String name) {
            return connection.getHeaderField(name);
        }

        /** {@return the body} */
        InputStream body() throws IOException {
            return connection.getInputStream();
        }

        @Override
        public void close() {
            connection.disconnect();
        }
    }

    /**
     * Sends the GET and follows its redirects.
     *
     * @param url an http or https URL
     * @param headers the request's headers (Range, If-Range), sent on every hop
     * @return the answer that is not a redirect, whatever its status
     * @throws ImageException {@link ImageException.Kind#DOWNLOAD_FAILED}: a redirect loop or too many, https to
     *         http, the network's or TLS's words
     */
    Answer open(URI url, Map<String, String> headers) throws ImageException {
        URI current = url;
        for (int hop = 0;; hop++) {
            HttpURLConnection c = connect(current, headers);
            int status;
            try {
                status = c.getResponseCode();
            } catch (IOException e) {
                c.disconnect();
                throw failure(url, current, e);
            }
            if (!isRedirect(status)) {
                return new Answer(current, status, c);
            }
            String location = c.getHeaderField("Location");
            c.disconnect();
            if (location == null) {
                throw failed(url, "HTTP " + status + " from " + current + " without a Location");
            }
            if (hop >= maxRedirects) {
                throw failed(url, "more than " + maxRedirects + " redirects (the last to " + location + ")");
            }
            URI next;
            try {
                next = current.resolve(location);
            } catch (IllegalArgumentException e) {
                throw failed(url, current + " redirected to a bad location: " + location);
            }
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http") && "https".equalsIgnoreCase(current.getScheme())) {
                throw failed(url, current + " redirected from https to http (" + next + "): refused");
            }
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw failed(url, current + " redirected to " + next + ", not http(s)");
            }
            current = next;
        }
    }

    private HttpURLConnection connect(URI url, Map<String, String> headers) throws ImageException {
        try {
            HttpURLConnection c = (HttpURLConnection) url.toURL().openConnection();
            if (c instanceof HttpsURLConnection https) {
                tls.apply(https);
            }
            c.setInstanceFollowRedirects(false);
            c.setUseCaches(false);
            c.setConnectTimeout(timeout());
            c.setReadTimeout(timeout());
            c.setRequestProperty("Accept-Encoding", "identity");
            headers.forEach(c::setRequestProperty);
            return c;
        } catch (IOException | IllegalArgumentException e) {
            throw failed(url, "cannot open " + url + ": " + words(e));
        }
    }

    private int timeout() {
        return (int) Math.min(Integer.MAX_VALUE, stall.toMillis());
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** @return the failure of a request to {@code url} (the catalog's) at hop {@code at}, in the network's words */
    ImageException failure(URI url, URI at, IOException e) {
        return failed(url, at + ": " + words(e));
    }

    /** @return the words of a network failure: a stall named as one, TLS's refusal as TLS's */
    String words(Exception e) {
        if (e instanceof SocketTimeoutException) {
            return "no byte for " + stall.toSeconds() + " s (" + e.getMessage() + ")";
        }
        String said = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof SSLException ? "TLS refused the server: " + said : said;
    }

    /** @return a {@link ImageException.Kind#DOWNLOAD_FAILED} of {@code url} */
    static ImageException failed(URI url, String words) {
        return new ImageException(ImageException.Kind.DOWNLOAD_FAILED, words, List.of(url.toString()));
    }
}
