package org.xenophilia.xenapi.internal.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;

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
 * Creates the XML-RPC wire's transports: the JDK's {@code HttpURLConnection} (via the fork's
 * {@link XmlRpcSun15HttpTransport}) opened by {@link ConnectionSettings#open(URL)} (this client's own TLS, never the
 * JVM-wide defaults; attached to the current call so that an abort closes it), responses parsed with
 * {@link SecureXml}, and connections left to the JDK's keep-alive cache rather than torn down after each call.
 */
public final class PinningTransportFactory implements XmlRpcTransportFactory {

    private final XmlRpcClient client;
    private final ConnectionSettings settings;

    /**
     * @param client the client
     * @param settings the client's connections
     */
    public PinningTransportFactory(XmlRpcClient client, ConnectionSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @Override
    public XmlRpcTransport getTransport() {
        return new Transport();
    }

    /** One call, on the thread of the client's current call; its abort mark is checked around each step. */
    private final class Transport extends XmlRpcSun15HttpTransport {
        private InputStream response;
        private InFlightCalls.Call call;

        Transport() {
            super(client);
        }

        @Override
        protected URLConnection newURLConnection(URL url) throws IOException {
            call = settings.calls().current();
            return settings.open(url);
        }

        @Override
        protected void writeRequest(ReqWriter writer) throws IOException, XmlRpcException, SAXException {
            call.checkAborted();
            super.writeRequest(writer);
            call.checkAborted(); // an abort during connect may have found nothing to close yet
        }

        @Override
        protected InputStream getInputStream() throws XmlRpcException {
            try {
                call.checkAborted();
                // the JDK may reconnect in here to send a failed POST again: see AbortAwareSocketFactory
                response = super.getInputStream();
                call.checkAborted();
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
            if (call != null) {
                call.detach();
            }
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
