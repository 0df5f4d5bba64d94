package org.xenophilia.xenapi.internal.client;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.TimeZone;

import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;
import org.apache.xmlrpc.client.XmlRpcHttpTransportException;
import org.xenophilia.xenapi.Envelope;
import org.xenophilia.xenapi.WireValues;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.XenApiProtocolException;

/**
 * XenAPI in XML-RPC, posted to the client's URI as given ({@code /} on xapi and the Agent), on the patched Apache
 * XML-RPC fork: parameters by {@link WireValues#toWire(Object)}, results in the {@code {Status, Value}} envelope
 * (the {@code system.*} methods' bare), XML-RPC faults and HTTP errors as {@link XenApiProtocolException}s.
 */
public final class XmlRpcWire implements XenApiWire {

    private final ConnectionSettings settings;
    private final XmlRpcClient rpc;

    /** @param settings the client's connections */
    public XmlRpcWire(ConnectionSettings settings) {
        this.settings = settings;
        XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();
        try {
            config.setServerURL(new URL(settings.uri().toString()));
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a URL: " + settings.uri(), e);
        }
        config.setEnabledForExtensions(false);
        config.setEnabledForExceptions(false);
        config.setConnectionTimeout(settings.connectTimeoutMillis());
        config.setReplyTimeout(settings.readTimeoutMillis());
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setEncoding("UTF-8");
        config.setUserAgent(ConnectionSettings.USER_AGENT);
        rpc = new XmlRpcClient();
        rpc.setConfig(config);
        rpc.setTransportFactory(new PinningTransportFactory(rpc, settings));
    }

    @Override
    public Object call(String method, Object[] params) throws XenApiException, IOException {
        Object[] wire = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            wire[i] = WireValues.toWire(params[i]);
        }
        Object response;
        try {
            response = rpc.execute(method, wire);
        } catch (XmlRpcException e) {
            throw translate(method, e);
        }
        // XML-RPC introspection (system.listMethods ...) answers bare values, as xapi does
        return method.startsWith("system.") ? response : Envelope.unwrap(response);
    }

    private IOException translate(String method, XmlRpcException e) {
        if (settings.calls().current().aborted()) {
            return new IOException(method + ": call aborted (" + settings.uri() + ")", e);
        }
        IOException untrusted = ClientTls.untrusted(e).orElse(null);
        if (untrusted != null) {
            return untrusted;
        }
        if (e instanceof XmlRpcHttpTransportException h) {
            return new XenApiProtocolException(method + ": HTTP " + h.getStatusCode() + " " + h.getStatusMessage()
                    + " from " + settings.uri(), e);
        }
        if (e.getCause() instanceof IOException io) {
            return new IOException(method + ": " + io.getMessage() + " (" + settings.uri() + ")", e);
        }
        if (e.getCause() == null) {
            // A <fault>: the server refused the request as malformed.
            return new XenApiProtocolException(method + ": XML-RPC fault " + e.code + ": " + e.getMessage(), e);
        }
        return new XenApiProtocolException(method + ": " + e.getMessage(), e);
    }
}
