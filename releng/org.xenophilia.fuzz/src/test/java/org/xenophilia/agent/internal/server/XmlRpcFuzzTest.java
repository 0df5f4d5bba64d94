package org.xenophilia.agent.internal.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import static java.nio.charset.StandardCharsets.UTF_8;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xenophilia.fuzz.AllocationBudget;
import org.xenophilia.fuzz.Warmup;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The Agent's XML-RPC endpoint ({@link XmlRpcEndpoint#call}: the XML-RPC library's request parser behind
 * {@code SecureXml}, then the dispatcher and {@link XmlRpcResponseWriter}) on a request body as received on
 * {@code /}:
 * <ul>
 * <li>every body is answered {@code 200} with well-formed XML (a XenAPI envelope, or a {@code <fault>} for what is
 * not XML-RPC), never the {@code 500} of an exception nobody expected, and nothing is ever fetched (Jazzer's
 * sanitizers watch for requests, files and class loading a request causes);</li>
 * <li>parsing allocates in proportion to the body.</li>
 * </ul>
 * Seeds: the calls of the agent tests ({@code ProtocolTest}: typed parameters, the XXE and billion-laughs attacks,
 * truncated and extension-typed requests) and of XenAPI clients.
 */
class XmlRpcFuzzTest {

    private static final AllocationBudget BUDGET = new AllocationBudget("XmlRpcEndpoint.call", 1 << 20, 512);
    private static final XmlRpcEndpoint ENDPOINT = new XmlRpcEndpoint(RpcFuzzing.emptyDispatcher());
    private static final SAXParserFactory XML = SAXParserFactory.newInstance();

    static {
        try {
            XML.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException | SAXException e) {
            throw new ExceptionInInitializerError(e);
        }
        // the XML-RPC library's classes are loaded, and instrumented, before the first input's timeout starts
        Warmup.run(() -> new XmlRpcFuzzTest().request(("<methodCall><methodName>m.n</methodName><params><param>"
                + "<value><struct><member><name>k</name><value><array><data><value><i4>1</i4></value></data>"
                + "</array></value></member></struct></value></param></params></methodCall>").getBytes(UTF_8)));
    }

    @FuzzTest
    void request(byte[] body) throws Exception {
        if (body.length > RpcFuzzing.MAX_REQUEST_BYTES) {
            return; // refused by the HTTP handler before it is read
        }
        RpcEndpoint.Reply reply = BUDGET.run(body.length, () -> RpcFuzzing.call(ENDPOINT, body, "192.0.2.1"));
        if (reply.status() != 200 || !XmlRpcEndpoint.CONTENT_TYPE.equals(reply.contentType())) {
            throw new AssertionError("answered " + reply.status() + " " + reply.contentType() + ": " + text(reply));
        }
        try {
            XML.newSAXParser().parse(new ByteArrayInputStream(reply.body(), 0, reply.length()), new DefaultHandler());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("the answer is not well-formed XML: " + text(reply), e);
        }
    }

    private static String text(RpcEndpoint.Reply reply) {
        return new String(reply.body(), 0, reply.length(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
