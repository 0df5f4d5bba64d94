package org.xenophilia.xenapi.internal.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.function.BooleanSupplier;

import javax.net.ssl.SSLSocketFactory;

/**
 * A client's TLS socket factory that refuses to open a socket for a call that was aborted (see
 * {@link InFlightCalls}). An abort closes the call's connection, and the JDK's {@code HttpURLConnection} answers a
 * POST whose connection failed while it waited for the response by sending it again on a new connection
 * ({@code sun.net.http.retryPost}, on by default): the aborted call would then wait for a whole new answer. The new
 * connection comes from here, on the calling thread, so asking the call's abort mark stops that retry without
 * changing a JVM-wide property. Both wires' connections go through it. One instance per client, so that the JDK's
 * keep-alive cache, keyed by the factory, still reuses connections.
 */
final class AbortAwareSocketFactory extends SSLSocketFactory {

    private final SSLSocketFactory delegate;
    private final BooleanSupplier currentCallAborted;

    /**
     * @param delegate the factory that makes the sockets
     * @param currentCallAborted whether the call running on the current thread was aborted
     */
    AbortAwareSocketFactory(SSLSocketFactory delegate, BooleanSupplier currentCallAborted) {
        this.delegate = delegate;
        this.currentCallAborted = currentCallAborted;
    }

    private void check() throws IOException {
        if (currentCallAborted.getAsBoolean()) {
            throw new IOException("call aborted");
        }
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket() throws IOException {
        check();
        return delegate.createSocket();
    }

    @Override
    public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
        check();
        return delegate.createSocket(s, host, port, autoClose);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        check();
        return delegate.createSocket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        check();
        return delegate.createSocket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        check();
        return delegate.createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        check();
        return delegate.createSocket(address, port, localAddress, localPort);
    }
}
