package org.xenophilia.xenapi.internal.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;

import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientException;
import org.apache.xmlrpc.client.XmlRpcSun15HttpTransport;
import org.apache.xmlrpc.client.XmlRpcTransport;
import org.apache.xmlrpc.client.XmlRpcTransportFactory;
import org.xenophilia.xenapi.SecureXml;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Creates the client's transports: the JDK's {@code HttpURLConnection} (via the fork's
 * {@link XmlRpcSun15HttpTransport}) with this client's own TLS socket factory and host name verifier set on each
 * connection (never the JVM-wide defaults), responses parsed with {@link SecureXml}, and connections left to the
 * JDK's keep-alive cache rather than torn down after each call.
 */
public final class PinningTransportFactory implements XmlRpcTransportFactory {

    private final XmlRpcClient client;
    private final SSLSocketFactory socketFactory;
    private final HostnameVerifier hostnameVerifier;
    private final Set<Transport> inFlight = ConcurrentHashMap.newKeySet();
    /** The call each thread is making now: what {@link AbortAwareSocketFactory} asks about. */
    private final ThreadLocal<Transport> current = new ThreadLocal<>();

    /**
     * @param client the client
     * @param socketFactory the TLS socket factory for https URLs, or {@code null} for the JDK default trust
     * @param hostnameVerifier the verifier for https URLs, or {@code null} for the JDK default
     */
    public PinningTransportFactory(XmlRpcClient client, SSLSocketFactory socketFactory,
            HostnameVerifier hostnameVerifier) {
        this.client = client;
        this.socketFactory = socketFactory == null ? null : new AbortAwareSocketFactory(socketFactory, () -> {
            Transport t = current.get();
            return t != null && t.aborted;
        });
        this.hostnameVerifier = hostnameVerifier;
    }

    @Override
    public XmlRpcTransport getTransport() {
        return new Transport();
    }

    /**
     * Closes the connections of all calls in progress, from any thread: each of those calls fails at once with an
     * I/O error instead of waiting for its answer.
     *
     * @return how many calls were aborted
     */
    public int abortInFlight() {
        int n = 0;
        for (Transport t : inFlight) {
            if (inFlight.remove(t)) {
                t.abort();
                n++;
            }
        }
        return n;
    }

    /**
     * One call. An abort marks it and closes its connection; the marks are checked around connecting, writing and
     * reading, so a call aborted before its connection exists fails too instead of going on.
     */
    private final class Transport extends XmlRpcSun15HttpTransport {
        private InputStream response;
        private volatile HttpURLConnection connection;
        private volatile boolean aborted;

        Transport() {
            super(client);
        }

        @Override
        protected URLConnection newURLConnection(URL url) throws IOException {
            URLConnection c = url.openConnection();
            if (c instanceof HttpsURLConnection) {
                HttpsURLConnection https = (HttpsURLConnection) c;
                if (socketFactory != null) {
                    https.setSSLSocketFactory(socketFactory);
                }
                if (hostnameVerifier != null) {
                    https.setHostnameVerifier(hostnameVerifier);
                }
            }
            if (c instanceof HttpURLConnection http) {
                connection = http;
                inFlight.add(this);
            }
            checkAborted();
            return c;
        }

        void abort() {
            aborted = true;
            HttpURLConnection c = connection;
            if (c != null) {
                c.disconnect();
            }
        }

        private void checkAborted() throws IOException {
            if (aborted) {
                HttpURLConnection c = connection;
                if (c != null) {
                    c.disconnect();
                }
                throw new IOException("call aborted");
            }
        }

        @Override
        protected void writeRequest(ReqWriter writer) throws IOException, XmlRpcException, SAXException {
            checkAborted();
            current.set(this);
            try {
                super.writeRequest(writer);
            } finally {
                current.remove();
            }
            checkAborted(); // an abort during connect may have found nothing to close yet
        }

        @Override
        protected InputStream getInputStream() throws XmlRpcException {
            try {
                checkAborted();
            } catch (IOException e) {
                throw new XmlRpcException(e.getMessage(), e);
            }
            current.set(this); // the JDK may reconnect in here to send a failed POST again: see AbortAwareSocketFactory
            try {
                response = super.getInputStream();
            } finally {
                current.remove();
            }
            try {
                checkAborted();
            } catch (IOException e) {
                throw new XmlRpcException(e.getMessage(), e);
            }
            return response;
        }

        @Override
        protected XMLReader newXMLReader() throws XmlRpcException {
            try {
                return SecureXml.newXMLReader();
            } catch (SAXException e) {
                throw new XmlRpcException("cannot create an XML parser: " + e.getMessage(), e);
            }
        }

        @Override
        protected void close() throws XmlRpcClientException {
            inFlight.remove(this);
            connection = null;
            // Closing the fully read stream hands the connection back to the keep-alive cache; disconnect() (the
            // superclass's way) would close the socket. Without a response (an error), disconnect.
            if (response != null) {
                try {
                    response.close();
                } catch (IOException e) {
                    super.close();
                }
                response = null;
            } else {
                super.close();
            }
        }
    }
}
