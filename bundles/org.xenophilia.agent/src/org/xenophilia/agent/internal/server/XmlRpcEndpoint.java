package org.xenophilia.agent.internal.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.XmlRpcRequest;
import org.apache.xmlrpc.common.XmlRpcHttpRequestConfigImpl;
import org.apache.xmlrpc.common.XmlRpcStreamRequestConfig;
import org.apache.xmlrpc.parser.XmlRpcRequestParser;
import org.apache.xmlrpc.server.XmlRpcServerConfigImpl;
import org.apache.xmlrpc.server.XmlRpcStreamServer;
import org.xenophilia.agent.internal.api.Dispatcher;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.SecureXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * XenAPI over XML-RPC, the way xapi serves it on {@code /} and {@code /RPC2}: requests read by the fork's XML-RPC
 * parser, locked down: extensions and exceptions off (so no Java types beyond plain XML-RPC, no serialized
 * throwables), behind {@link SecureXml} (any {@code <!DOCTYPE>} is refused before an entity could be read); every
 * method name goes to the {@link Dispatcher}, except {@code system.listMethods}, which answers a bare array as xapi
 * does. Unknown methods and API errors therefore come back as XenAPI envelopes; only a request that is not XML-RPC
 * gets a {@code <fault>} (written by the fork). Answers are written by {@link XmlRpcResponseWriter}, streamed when
 * large ({@link SpillingAnswer}).
 */
public final class XmlRpcEndpoint extends XmlRpcStreamServer implements RpcEndpoint {

    private static final System.Logger LOG = System.getLogger(XmlRpcEndpoint.class.getName());

    /**
     * The deepest a request's elements may nest: {@code methodCall/params/param}, then three elements per XenAPI level
     * ({@code value/array/data}, {@code value/struct/member}) for the 32 levels JSON-RPC allows, and the innermost
     * value's. Deeper is refused while parsing: the library's parser recurses per level and would otherwise overflow
     * a request thread's stack (the Agent's is 512 KiB) on a body well within {@code max-request-bytes}.
     */
    static final int MAX_ELEMENT_DEPTH = 3 + 3 * JsonRpcRequest.MAX_DEPTH + 2;

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
    }

    @Override
    protected XmlRpcRequest getRequest(XmlRpcStreamRequestConfig config, InputStream stream)
            throws XmlRpcException {
        XmlRpcRequestParser parser = new XmlRpcRequestParser(config, getTypeFactory());
        try {
            XMLReader reader = new DepthLimit(SecureXml.newXMLReader(), MAX_ELEMENT_DEPTH);
            reader.setContentHandler(parser);
            reader.parse(new InputSource(stream));
        } catch (SAXException e) {
            if (e.getException() instanceof XmlRpcException x) {
                throw x;
            }
            throw new XmlRpcException("Failed to parse XML-RPC request: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new XmlRpcException("Failed to read XML-RPC request: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // the library's parser trusts the document's shape: a <param> inside <methodName> reached its list of
            // parameters before any <params> made it (fuzzing finding 14, a NullPointerException)
            throw new XmlRpcException("Failed to parse XML-RPC request: not a methodCall", e);
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

    /** Passes a document's events on, refusing it once its elements nest deeper than a limit. */
    private static final class DepthLimit extends XMLFilterImpl {
        private final int max;
        private int depth;

        DepthLimit(XMLReader parent, int max) {
            super(parent);
            this.max = max;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (++depth > max) {
                throw new SAXException("the request is nested deeper than " + max + " elements");
            }
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            depth--;
            super.endElement(uri, localName, qName);
        }
    }

    @Override
    public Request read(byte[] body, String clientAddress) {
        RequestConfig config = new RequestConfig(clientAddress);
        XmlRpcRequest request;
        try {
            request = getRequest(config, new ByteArrayInputStream(body));
        } catch (XmlRpcException e) {
            // not XML-RPC: a <fault>, written by the fork (no Java exception in it: exceptions are off)
            LOG.log(System.Logger.Level.INFO, "refused XML-RPC request from " + clientAddress + ": "
                    + e.getMessage());
            ByteArrayOutputStream fault = new ByteArrayOutputStream(512);
            try {
                writeError(config, fault, e);
            } catch (XmlRpcException unwritable) {
                return RpcEndpoint.refused(refusal(500, "the request could not be answered\n"));
            }
            byte[] b = fault.toByteArray();
            return RpcEndpoint.refused(new Reply(200, CONTENT_TYPE, b, b.length));
        }
        String method = request.getMethodName();
        List<Object> params = new ArrayList<>(request.getParameterCount());
        for (int i = 0; i < request.getParameterCount(); i++) {
            params.add(request.getParameter(i));
        }
        return new Request() {
            @Override
            public boolean mayWait() {
                return dispatcher.mayWait(method, params);
            }

            @Override
            public boolean answersEveryObject() {
                return dispatcher.answersEveryObject(method, params);
            }

            @Override
            public void answer(ResponseSink sink) {
                Object result = Dispatcher.LIST_METHODS.equals(method) ? dispatcher.listMethods()
                        : dispatcher.call(method, params, clientAddress).envelope();
                write(result, method, sink);
            }
        };
    }

    /** Writes an answer with {@link XmlRpcResponseWriter} (see {@link SpillingAnswer#send} for failures). */
    static void write(Object result, String method, ResponseSink sink) {
        XmlRpcResponseWriter w = new XmlRpcResponseWriter(8192);
        new SpillingAnswer(sink, CONTENT_TYPE, w).send(method, new SpillingAnswer.Writing() {
            @Override
            public void answer() throws WireWriter.Unsupported {
                w.response(result);
            }

            @Override
            public void error(XenApiException e) {
                try {
                    w.response(new Dispatcher.Outcome(null, e).envelope());
                } catch (WireWriter.Unsupported impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        });
    }

    @Override
    public Reply refusal(int status, String message) {
        byte[] b = message.getBytes(StandardCharsets.UTF_8);
        return new Reply(status, "text/plain; charset=utf-8", b, b.length);
    }
}
