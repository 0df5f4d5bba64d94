package org.xenophilia.agent.internal.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.XmlRpcHandler;
import org.apache.xmlrpc.XmlRpcRequest;
import org.apache.xmlrpc.common.ServerStreamConnection;
import org.apache.xmlrpc.common.XmlRpcHttpRequestConfigImpl;
import org.apache.xmlrpc.common.XmlRpcStreamRequestConfig;
import org.apache.xmlrpc.parser.XmlRpcRequestParser;
import org.apache.xmlrpc.server.XmlRpcErrorLogger;
import org.apache.xmlrpc.server.XmlRpcServerConfigImpl;
import org.apache.xmlrpc.server.XmlRpcStreamServer;
import org.xenophilia.agent.internal.api.Dispatcher;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.SecureXml;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * XenAPI over XML-RPC, the way xapi serves it on {@code /} and {@code /RPC2}: the fork's XML-RPC stream server,
 * locked down: extensions and exceptions off (so no Java types beyond plain XML-RPC, no serialized throwables),
 * requests parsed by {@link SecureXml} (any {@code <!DOCTYPE>} is refused before an entity could be read), and one
 * handler mapping that sends every method name to the {@link Dispatcher}, except {@code system.listMethods}, which
 * answers a bare array as xapi does. Unknown methods and API errors therefore come back as XenAPI envelopes; only a
 * request that is not XML-RPC gets a {@code <fault>}. Responses are written by {@link XmlRpcResponseWriter}.
 */
public final class XmlRpcEndpoint extends XmlRpcStreamServer implements RpcEndpoint {

    private static final System.Logger LOG = System.getLogger(XmlRpcEndpoint.class.getName());

    /** The content type of every answer; Xen Orchestra's client compares it as a whole. */
    static final String CONTENT_TYPE = "text/xml";

    /** The per-request configuration, carrying the client's address to the handler. */
    static final class RequestConfig extends XmlRpcHttpRequestConfigImpl {
        final String clientAddress;

        RequestConfig(String clientAddress) {
            this.clientAddress = clientAddress;
            setEnabledForExtensions(false);
            setEnabledForExceptions(false);
            setEncoding("UTF-8");
            setTimeZone(TimeZone.getTimeZone("UTC"));
        }
    }

    private final Dispatcher dispatcher;

    /** @param dispatcher where API calls go */
    public XmlRpcEndpoint(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
        XmlRpcServerConfigImpl config = new XmlRpcServerConfigImpl();
        config.setEnabledForExtensions(false);
        config.setEnabledForExceptions(false);
        config.setEncoding("UTF-8");
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        setConfig(config);
        setHandlerMapping(this::handlerFor);
        setErrorLogger(new XmlRpcErrorLogger() {
            @Override
            public void log(String message, Throwable t) {
                // Malformed requests are the client's problem: one line, no stack trace.
                LOG.log(System.Logger.Level.INFO, "refused XML-RPC request: " + message);
            }

            @Override
            public void log(String message) {
                LOG.log(System.Logger.Level.INFO, message);
            }
        });
    }

    private XmlRpcHandler handlerFor(String methodName) {
        if (Dispatcher.LIST_METHODS.equals(methodName)) {
            return request -> dispatcher.listMethods();
        }
        return request -> {
            List<Object> params = new ArrayList<>(request.getParameterCount());
            for (int i = 0; i < request.getParameterCount(); i++) {
                params.add(request.getParameter(i));
            }
            String client = request.getConfig() instanceof RequestConfig rc ? rc.clientAddress : "";
            return dispatcher.call(methodName, params, client).envelope();
        };
    }

    @Override
    protected XmlRpcRequest getRequest(XmlRpcStreamRequestConfig config, InputStream stream)
            throws XmlRpcException {
        XmlRpcRequestParser parser = new XmlRpcRequestParser(config, getTypeFactory());
        try {
            XMLReader reader = SecureXml.newXMLReader();
            reader.setContentHandler(parser);
            reader.parse(new InputSource(stream));
        } catch (SAXException e) {
            if (e.getException() instanceof XmlRpcException x) {
                throw x;
            }
            throw new XmlRpcException("Failed to parse XML-RPC request: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new XmlRpcException("Failed to read XML-RPC request: " + e.getMessage(), e);
        }
        List<?> params = parser.getParams();
        String name = parser.getMethodName();
        return new XmlRpcRequest() {
            @Override
            public org.apache.xmlrpc.XmlRpcRequestConfig getConfig() {
                return config;
            }

            @Override
            public String getMethodName() {
                return name;
            }

            @Override
            public int getParameterCount() {
                return params == null ? 0 : params.size();
            }

            @Override
            public Object getParameter(int index) {
                return params.get(index);
            }
        };
    }

    /**
     * Writes a response with {@link XmlRpcResponseWriter}. A result holding a value no XenAPI type describes (a
     * server bug) is answered with {@code INTERNAL_ERROR} and logged.
     */
    @Override
    protected void writeResponse(XmlRpcStreamRequestConfig config, OutputStream stream, Object result)
            throws XmlRpcException {
        XmlRpcResponseWriter w = new XmlRpcResponseWriter(8192);
        try {
            w.response(result);
        } catch (WireWriter.Unsupported e) {
            LOG.log(System.Logger.Level.ERROR, "cannot encode a result in XML-RPC: " + e.getMessage());
            try {
                w.response(new Dispatcher.Outcome(null, ErrorCode.INTERNAL_ERROR.exception(
                        "the result cannot be encoded: " + e.getMessage())).envelope());
            } catch (WireWriter.Unsupported impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        try {
            stream.write(w.bytes(), 0, w.size());
        } catch (IOException e) {
            throw new XmlRpcException("Failed to write XML-RPC response: " + e.getMessage(), e);
        }
    }

    @Override
    public Reply call(byte[] body, String clientAddress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        ServerStreamConnection connection = new ServerStreamConnection() {
            @Override
            public InputStream newInputStream() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public OutputStream newOutputStream() {
                return out;
            }

            @Override
            public void close() {
                // nothing held
            }
        };
        try {
            execute(new RequestConfig(clientAddress), connection);
        } catch (XmlRpcException e) {
            // only if even the fault could not be written: nothing was
            LOG.log(System.Logger.Level.WARNING, "XML-RPC request failed: " + e.getMessage());
            return refusal(500, "the request could not be answered\n");
        }
        byte[] bytes = out.toByteArray();
        return new Reply(200, CONTENT_TYPE, bytes, bytes.length);
    }

    @Override
    public Reply refusal(int status, String message) {
        byte[] b = message.getBytes(StandardCharsets.UTF_8);
        return new Reply(status, "text/plain; charset=utf-8", b, b.length);
    }
}
