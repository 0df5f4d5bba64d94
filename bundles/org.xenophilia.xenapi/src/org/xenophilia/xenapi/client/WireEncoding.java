package org.xenophilia.xenapi.client;

/**
 * How a {@link XenApiClient} encodes its calls. xapi and the Agent serve both; the values and errors are the same.
 */
public enum WireEncoding {
    /**
     * JSON-RPC 2.0, posted to {@code /jsonrpc}: what a client speaks first. Smaller and cheaper to produce and read
     * than XML-RPC (a {@code VM.get_record} is about a third of the bytes).
     */
    JSON_RPC,
    /** XML-RPC, posted to the client's URI as given: what every XenAPI server speaks, old xapi too. */
    XML_RPC
}
