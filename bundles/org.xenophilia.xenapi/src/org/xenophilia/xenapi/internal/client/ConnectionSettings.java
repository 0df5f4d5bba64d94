package org.xenophilia.xenapi.internal.client;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.time.Duration;

/**
 * What every connection of one client has, whichever the wire: the server, the timeouts, the TLS, the calls an abort
 * reaches.
 *
 * @param uri the server as configured (XML-RPC is posted there)
 * @param connectTimeout how long to wait for the TCP connection
 * @param readTimeout how long to wait for each answer
 * @param tls the client's TLS
 * @param calls the client's calls in progress
 */
public record ConnectionSettings(URI uri, Duration connectTimeout, Duration readTimeout, ClientTls tls,
        InFlightCalls calls) {

    /** The {@code User-Agent} of every request. */
    public static final String USER_AGENT = "Xenophilia XenAPI client";

    /** @return the connect timeout in milliseconds, as {@code URLConnection} takes it */
    public int connectTimeoutMillis() {
        return toMillis(connectTimeout);
    }

    /** @return the read timeout in milliseconds, as {@code URLConnection} takes it */
    public int readTimeoutMillis() {
        return toMillis(readTimeout);
    }

    private static int toMillis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
    }

    /**
     * Opens a connection for the current call: this client's TLS and timeouts, no caches, no redirects, and
     * attached to the call so that an abort closes it.
     *
     * @param url where to post
     * @return the connection, not yet connected
     * @throws IOException if it cannot be opened, or the call was aborted
     */
    public HttpURLConnection open(URL url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        tls.configure(c);
        c.setConnectTimeout(connectTimeoutMillis());
        c.setReadTimeout(readTimeoutMillis());
        c.setUseCaches(false);
        c.setInstanceFollowRedirects(false);
        c.setRequestProperty("User-Agent", USER_AGENT);
        calls.current().attach(c);
        return c;
    }
}
